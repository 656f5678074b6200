import type { ArgTypesEnhancer, Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import customElements from '../packages/elements/custom-elements.json';
import exampleManifest from '../examples/candour.json';
import '@candour/elements/define/provider.js';
import './preview.css';

// Controls and the docs tables come from the elements' JSDoc, through the generated manifest.
setCustomElementsManifest(customElements);

/** What a story can ask of the provider the decorator wraps it in. */
export interface CandourParameters {
  /** No provider: the story shows an element on its own (or brings its own provider). */
  provider?: false;
  /** A manifest object instead of the example one. */
  manifest?: unknown;
  /** Load the manifest from a URL instead of passing the object. */
  src?: string;
}

/**
 * Wraps every story in a `candour-provider` holding the example manifest
 * (Larkspur's home-care record) and the toolbar's locale, audience, reading
 * level, theme and direction.
 */
const withCandour: Decorator = (story, context) => {
  const { locale, audience, readingLevel, theme, direction } = context.globals as Record<string, string>;
  const options = (context.parameters.candour ?? {}) as CandourParameters;
  const manifest = options.src ? undefined : (options.manifest ?? exampleManifest);
  const inner =
    options.provider === false
      ? story()
      : html`<candour-provider .manifest=${manifest} src=${ifDefined(options.src)} locale=${locale} audience=${audience} reading-level=${readingLevel}>${story()}</candour-provider>`;
  return html`<div class="candour-canvas" data-theme=${theme} dir=${direction} lang=${locale}>${inner}</div>`;
};

/**
 * Controls that fit what custom-elements.json says: text, number or a switch
 * for plain `string`, `number` and `boolean` members (written `string |
 * undefined` there), and none for events, slots, parts and custom properties,
 * which are documentation only.
 */
const controlsFromTypes: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (category && !['attributes', 'properties'].includes(category)) return [name, { ...argType, control: false }];
      if (argType.control !== undefined) return [name, argType];
      const type = argType.table?.type?.summary?.replace(/\s*\|\s*undefined$/, '');
      const control = type === 'string' ? 'text' : type === 'number' ? 'number' : type === 'boolean' ? 'boolean' : undefined;
      return [name, control ? { ...argType, control: { type: control } } : argType];
    }),
  );

const preview: Preview = {
  decorators: [withCandour],
  argTypesEnhancers: [controlsFromTypes],
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the interface and of the manifest text',
      toolbar: { title: 'Language', icon: 'globe', dynamicTitle: true, items: [{ value: 'en-GB', title: 'English (en-GB)' }, { value: 'cy', title: 'Cymraeg (cy)' }] },
    },
    audience: {
      description: 'Who is reading',
      toolbar: {
        title: 'Audience',
        icon: 'user',
        dynamicTitle: true,
        items: [
          { value: 'person', title: 'Person who draws on care' },
          { value: 'representative', title: 'Family or representative' },
          { value: 'worker', title: 'Care worker' },
          { value: 'provider', title: 'Care provider' },
        ],
      },
    },
    readingLevel: {
      description: 'Reading level of notices',
      toolbar: { title: 'Reading level', icon: 'document', dynamicTitle: true, items: [{ value: 'standard', title: 'Standard' }, { value: 'easy-read', title: 'Easy Read' }] },
    },
    theme: {
      description: 'Colour theme, set through the elements’ custom properties',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast (forced colours, simulated)' },
        ],
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', dynamicTitle: true, items: [{ value: 'ltr', title: 'Left to right' }, { value: 'rtl', title: 'Right to left' }] },
    },
  },
  initialGlobals: { locale: 'en-GB', audience: 'person', readingLevel: 'standard', theme: 'light', direction: 'ltr' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    a11y: {
      // axe against WCAG 2.2 AA, the bar UK care buyers hold.
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    },
    docs: { toc: true },
  },
};

export default preview;
