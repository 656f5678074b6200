/**
 * What every Candour element shares: the provider's state through context
 * (or its own attributes when used alone), the locale, audience and reading
 * level it renders for, localised interface text, and one way to report a
 * problem (console warning once, plus a `candour-error` event).
 */
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Audience, ReadingLevel } from '@candour/core/display';
import { candourContext, type CandourState } from './context';
import { onMessagesChanged, translate, lookup, type DefaultMessages, type MessageKey } from '../i18n/translate';
import { CandourErrorEvent, type CandourErrorCode } from '../events/events';
import { readerAudience, readerLocale, readerReadingLevel } from './reader';

export abstract class CandourElement extends LitElement {
  /** The provider's state, when the element is inside a `candour-provider`. */
  @consume({ context: candourContext, subscribe: true })
  @state()
  protected candour?: CandourState;

  /** BCP 47 locale to render in; defaults to the provider's, then the page's `lang`, then en-GB. */
  @property({ reflect: true }) locale?: string;

  /** Who is reading: the person, a representative, a worker or the provider. Defaults to the provider's, then `person`. */
  @property({ reflect: true }) audience?: Audience;

  /** `standard` or `easy-read`. Defaults to the provider's, then `standard`. */
  @property({ attribute: 'reading-level', reflect: true }) readingLevel?: ReadingLevel;

  private stopListening?: () => void;
  private warned = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onMessagesChanged(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  protected get effectiveLocale(): string {
    return readerLocale(this, this.locale, this.candour);
  }

  protected get effectiveAudience(): Audience {
    return readerAudience(this.audience, this.candour);
  }

  protected get effectiveReadingLevel(): ReadingLevel {
    return readerReadingLevel(this.readingLevel, this.candour);
  }

  /** The element's own phrases; each element passes its namespace's defaults. */
  protected t<K extends MessageKey>(defaults: DefaultMessages<K>, key: K, params?: Readonly<Record<string, string | number>>): string {
    return translate(defaults, this.effectiveLocale, key, params);
  }

  /** The locale a phrase is really shown in, for `lang`. */
  protected langOf<K extends MessageKey>(defaults: DefaultMessages<K>, key: K): string {
    return lookup(defaults, this.effectiveLocale, key).locale;
  }

  /**
   * Puts focus back on the control that asked for something (a full notice in
   * the provider's dialog) once it is done. Elements point it at that control.
   */
  restoreFocus(): void {
    this.focus();
  }

  /** Warns once per problem and emits `candour-error`; the element shows its fallback. */
  protected report(code: CandourErrorCode, message: string, extra: { feature?: string; paths?: string[] } = {}): void {
    const key = `${code}:${extra.feature ?? ''}:${message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<${this.localName}>: ${message}`);
    this.dispatchEvent(new CandourErrorEvent({ code, message, ...extra }));
  }
}
