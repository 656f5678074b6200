// The prompt's shadow tree, built by hand: `h()` makes nodes (supplier text
// only ever as text), `patch()` brings the live tree in line with new ones.
// Shared by the prompt and its form for representatives (loaded on first use).

export type Child = Node | string | false | null | undefined | 0 | Child[];

/** An element with its attributes (null or undefined: left out) and children (strings become text; false and null are skipped). */
export function h(tag: string, attrs: Record<string, string | null | undefined> | null, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const name in attrs) {
    const value = attrs[name];
    if (value != null) node.setAttribute(name, value);
  }
  node.append(...((children as unknown[]).flat(Infinity).filter(Boolean) as (Node | string)[]));
  return node;
}

export function heading(level: number, part: string, content: Child, id: string, focusable?: boolean): HTMLElement {
  return h('div', { role: 'heading', 'aria-level': String(level), part, id, tabindex: focusable ? '-1' : null, dir: 'auto' }, content);
}

/** Paragraphs of a text, one per line, in the text's language when it is not the interface's. */
export function para(text: string, lang?: string): HTMLElement[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => h('p', { lang, dir: 'auto' }, l.trim()));
}

/** The `checked` each radio was last given, so (as with Lit's property bindings) a person's own pick is not undone by an unrelated update. */
const given = new WeakMap<Node, boolean>();

/**
 * Brings `parent`'s children in line with `next`: a node of the same kind (tag
 * and id) is kept and updated in place (attributes, text, children), so focus
 * and what a person typed survive; any other is replaced. The dialog's `open`
 * belongs to the browser (`showModal()`), so it is never touched here.
 */
export function patch(parent: Node, next: Node[]): void {
  // A <style> put in the shadow root for the element's styles (where sheets cannot be adopted) is left where it is.
  const old = [...parent.childNodes].filter((n) => n.nodeName !== 'STYLE');
  next.forEach((node, i) => {
    const live = old[i];
    const el = node as HTMLInputElement;
    if (live && live.nodeName === node.nodeName && (node.nodeType !== 1 || (live as Element).id === el.id)) {
      if (node.nodeType !== 1) {
        if (live.nodeValue !== node.nodeValue) live.nodeValue = node.nodeValue;
        return;
      }
      const target = live as HTMLInputElement;
      for (const { name } of [...target.attributes]) if (!el.hasAttribute(name) && name !== 'open') target.removeAttribute(name);
      for (const { name, value } of [...el.attributes]) if (target.getAttribute(name) !== value) target.setAttribute(name, value);
      if (el.type === 'radio' && given.get(target) !== el.checked) given.set(target, (target.checked = el.checked));
      patch(target, [...node.childNodes]);
    } else {
      for (const radio of [node, ...((node as Element).querySelectorAll?.('[type=radio]') ?? [])] as HTMLInputElement[]) if (radio.type === 'radio') given.set(radio, radio.checked);
      if (live) parent.replaceChild(node, live);
      else parent.appendChild(node);
    }
  });
  for (const extra of old.slice(next.length)) extra.remove();
}
