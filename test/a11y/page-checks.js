// Checks that run inside a story's page (storybook-static/iframe.html). Injected as a classic
// script by test/a11y/run.mjs in Chromium and in Firefox, so plain JavaScript only; everything hangs
// off window.__candourA11y. Shadow roots are open in every Candour element, so the walks go through
// them. Every function returns plain data (strings, numbers) that survives the trip to Node.
(() => {
  const root = () => document.getElementById('storybook-root');

  /** Every element under `start`, in tree order, descending into open shadow roots. */
  function deepElements(start) {
    const out = [];
    const walk = (node) => {
      for (const child of node.children) {
        out.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    if (start.shadowRoot) walk(start.shadowRoot);
    walk(start);
    return out;
  }

  /** The parent in the flat tree: the slot an element is assigned to, else its parent, else its shadow host. */
  function flatParent(node) {
    if (node.assignedSlot) return node.assignedSlot;
    if (node.parentElement) return node.parentElement;
    const parent = node.parentNode;
    return parent && parent.host ? parent.host : null;
  }

  /** Whether `inner` is `outer` or inside it, across shadow boundaries and slots. */
  function flatContains(outer, inner) {
    for (let node = inner; node; node = flatParent(node)) if (node === outer) return true;
    return false;
  }

  /** The focused element, looking through shadow roots. */
  function deepActive() {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  /** The topmost element at a point, looking through shadow roots. */
  function deepElementFromPoint(x, y) {
    let hit = document.elementFromPoint(x, y);
    while (hit && hit.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  }

  /** A short, readable name for an element: its shadow hosts, tag, id or class, and accessible text. */
  function describe(element) {
    if (!element) return '(nothing)';
    if (element === document.body) return '<body>';
    const hosts = [];
    for (let node = element.getRootNode(); node && node.host; node = node.host.getRootNode()) hosts.unshift(node.host.localName);
    let tag = element.localName;
    if (element.id) tag += `#${element.id}`;
    else if (element.classList.length) tag += `.${[...element.classList].slice(0, 2).join('.')}`;
    const text = (element.getAttribute('aria-label') || element.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return [...hosts, tag].join(' › ') + (text ? ` "${text}"` : '');
  }

  function inert(element) {
    for (let node = element; node; node = flatParent(node)) if (node.inert || (node.hasAttribute && node.hasAttribute('inert'))) return true;
    return false;
  }

  function visible(element) {
    if (typeof element.checkVisibility === 'function' && !element.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
    return element.getClientRects().length > 0;
  }

  const TABBABLE =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable]:not([contenteditable="false"]), audio[controls], video[controls]';

  /** An open modal dialog in the story (a <dialog> shown with showModal, or aria-modal="true"), if any. */
  function openModal() {
    const start = root();
    if (!start) return null;
    return (
      deepElements(start).find(
        (el) => (el.localName === 'dialog' && el.open && el.matches(':modal')) || (el.getAttribute('aria-modal') === 'true' && visible(el)),
      ) || null
    );
  }

  /** Controls a keyboard user must be able to reach by Tab, inside `scope`. */
  function tabbables(scope) {
    return deepElements(scope).filter((el) => {
      if (!el.matches(TABBABLE)) return false;
      if (el.tabIndex < 0) return false;
      if (el.matches(':disabled')) return false;
      if (el.localName === 'summary' && !(el.parentElement && el.parentElement.localName === 'details' && el.parentElement.querySelector(':scope > summary') === el)) return false;
      if (inert(el) || !visible(el)) return false;
      return true;
    });
  }

  // A radio group is one Tab stop: reaching any radio of the group reaches the group.
  const stopKey = (el) => (el.localName === 'input' && el.type === 'radio' && el.name ? `radio:${el.name}` : el);

  const LOOK = [
    'outline-style',
    'outline-width',
    'outline-color',
    'box-shadow',
    'border-top-color',
    'border-right-color',
    'border-bottom-color',
    'border-left-color',
    'border-top-width',
    'border-bottom-width',
    'background-color',
    'color',
    'text-decoration-line',
  ];

  function look(element) {
    const chain = [];
    // The element and two flat-tree ancestors: some designs draw the ring on a wrapper (:focus-within).
    for (let node = element, depth = 0; node && depth < 3; node = flatParent(node), depth++) {
      if (node.nodeType !== 1) break;
      const style = getComputedStyle(node);
      chain.push(Object.fromEntries(LOOK.map((p) => [p, style.getPropertyValue(p)])));
    }
    return chain;
  }

  // rgba(r, g, b, 0) or a colour with "/ 0" alpha; rgb(0, 0, 0) is black, not transparent.
  const transparent = (colour) => colour === 'transparent' || /^rgba\([^,]+,[^,]+,[^,]+,\s*0(\.0+)?\)$/.test(colour) || /\/\s*0(\.0+)?\)$/.test(colour);

  /** What changed between the focused and unfocused look, counting only changes a sighted user can see. */
  function indicator(focused, unfocused) {
    const seen = [];
    focused.forEach((f, i) => {
      const u = unfocused[i];
      if (!u) return;
      const outlineShows = f['outline-style'] !== 'none' && parseFloat(f['outline-width']) >= 1 && !transparent(f['outline-color']);
      const outlineShowed = u['outline-style'] !== 'none' && parseFloat(u['outline-width']) >= 1 && !transparent(u['outline-color']);
      if (outlineShows && (!outlineShowed || f['outline-color'] !== u['outline-color'] || f['outline-width'] !== u['outline-width'])) seen.push('outline');
      if (f['box-shadow'] !== u['box-shadow'] && f['box-shadow'] !== 'none') seen.push('box-shadow');
      for (const p of ['border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color', 'border-top-width', 'border-bottom-width'])
        if (f[p] !== u[p]) seen.push(p);
      if (f['background-color'] !== u['background-color']) seen.push('background');
      if (f['text-decoration-line'] !== u['text-decoration-line']) seen.push('underline');
    });
    return seen;
  }

  let visits = [];
  let before;
  let after;

  /**
   * Puts a button before and after the story, so Tab has somewhere to leave to inside the page
   * (Tab past a page's last control goes to the browser's own toolbar), and focuses the first.
   */
  function startKeyboard() {
    visits = [];
    const story = root();
    before = document.createElement('button');
    before.textContent = 'Before the story';
    before.id = 'candour-a11y-before';
    after = document.createElement('button');
    after.textContent = 'After the story';
    after.id = 'candour-a11y-after';
    story.before(before);
    story.after(after);
    const modal = openModal();
    const scope = modal || story;
    const stops = tabbables(scope);
    const expected = new Set(stops.map(stopKey)).size;
    if (!modal) before.focus();
    const active = deepActive();
    return {
      modal: modal ? describe(modal) : null,
      stops: expected,
      controls: stops.map(describe),
      focused: describe(active),
      focusInModal: modal ? Boolean(active && flatContains(modal, active)) : null,
      startIndex: stops.indexOf(active),
      first: stops.length ? describe(stops[0]) : null,
      last: stops.length ? describe(stops[stops.length - 1]) : null,
      tabbables: stops.length,
    };
  }

  /** Records where focus is after a Tab press and checks it there and then. */
  function recordFocus() {
    const active = deepActive();
    const modal = openModal();
    const story = root();
    const where = active === after ? 'after' : active === before ? 'before' : active && flatContains(story, active) ? 'story' : 'outside';
    const problems = [];
    if (where === 'story') {
      if (modal && !flatContains(modal, active)) problems.push(`focus left the modal dialog for ${describe(active)}`);
      const rect = active.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1) problems.push(`${describe(active)} has focus but no size on screen`);
      else {
        // WCAG 2.4.11 (AA): the focused control must not be entirely hidden. Sample a 3 × 3 grid over
        // each of its boxes (a link that wraps has one per line); one point showing the control is enough.
        const boxes = [...active.getClientRects()].filter((r) => r.width >= 1 && r.height >= 1);
        let hit = null;
        const shows = (x, y) => {
          hit = deepElementFromPoint(Math.min(Math.max(x, 0), innerWidth - 1), Math.min(Math.max(y, 0), innerHeight - 1));
          const labelled = hit && active.labels && [...active.labels].some((label) => flatContains(label, hit));
          return Boolean(hit && (flatContains(active, hit) || labelled));
        };
        const uncovered = boxes.some((box) =>
          [0.5, 1 / 6, 5 / 6].some((fy) => [0.5, 1 / 6, 5 / 6].some((fx) => shows(box.left + box.width * fx, box.top + box.height * fy))),
        );
        if (!uncovered) problems.push(`${describe(active)} has focus but ${describe(hit)} covers it entirely`);
        if (rect.bottom < 0 || rect.top > innerHeight || rect.right < 0 || rect.left > innerWidth) problems.push(`${describe(active)} has focus but is off screen`);
      }
      // A date field's day, month and year are inner stops; browsers differ on :focus-visible there.
      const inner = active.localName === 'input' && ['date', 'time', 'datetime-local', 'month', 'week'].includes(active.type);
      if (!inner && !active.matches(':focus-visible')) problems.push(`${describe(active)} has focus but does not match :focus-visible`);
      visits.push({ element: active, look: look(active) });
    }
    // A date or time field is several Tab stops (day, month, year) in one element: staying on it is not a trap.
    const previous = visits[visits.length - 2];
    const segmented = active && active.localName === 'input' && ['date', 'time', 'datetime-local', 'month', 'week'].includes(active.type);
    const repeat = where === 'story' && !(segmented && previous && previous.element === active) && visits.slice(0, -1).some((v) => v.element === active);
    return { where, focused: describe(active), problems, repeat };
  }

  /** After the walk: which stops were never reached, and which focused controls showed no indicator. */
  function finishKeyboard() {
    const modal = openModal();
    const scope = modal || root();
    const reached = new Set(visits.map((v) => stopKey(v.element)));
    const missed = tabbables(scope).filter((el) => !reached.has(stopKey(el)));
    // Compare each control's look with its look while something else has focus.
    if (!modal) before.focus();
    else if (document.activeElement) deepActive().blur();
    const noIndicator = [];
    const checked = new Set();
    for (const visit of visits) {
      if (checked.has(visit.element)) continue;
      checked.add(visit.element);
      if (modal && deepActive() === visit.element) continue;
      const seen = indicator(visit.look, look(visit.element));
      if (seen.length === 0) noIndicator.push(describe(visit.element));
    }
    before.remove();
    after.remove();
    return { missed: [...new Set(missed.map(stopKey))].map((k) => (typeof k === 'string' ? k : describe(k))), noIndicator };
  }

  /** Whether an element is hidden on purpose for everyone but screen readers (the usual 1px clip). */
  function visuallyHidden(el, style) {
    const rect = el.getBoundingClientRect();
    return rect.width <= 1 || rect.height <= 1 || (style.clip && style.clip !== 'auto') || (style.clipPath && style.clipPath !== 'none');
  }

  const hasText = (el) => /\S/.test(el.textContent || '');

  /** Reflow: nothing scrolls sideways, nothing runs off the side of the viewport, no clipped text. */
  function reflow() {
    const problems = [];
    const page = document.scrollingElement;
    const story = root();
    const width = document.documentElement.clientWidth;
    if (page.scrollWidth > page.clientWidth + 1) {
      // Name what sticks out: the innermost elements whose box (or scrollable content) passes the edge.
      const out = deepElements(story).filter((el) => {
        const rect = el.getBoundingClientRect();
        // Its box passes the edge, or its content (a long word, say) spills out of its box.
        return rect.width > 0 && (rect.right > width + 1 || rect.left < -1 || (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0));
      });
      const innermost = out.filter((el) => !out.some((other) => other !== el && flatContains(el, other))).slice(0, 3);
      problems.push(
        `the page scrolls sideways (${page.scrollWidth} px wide in ${page.clientWidth} px)${innermost.length ? `; past the edge: ${innermost.map((el) => { const r = el.getBoundingClientRect(); return `${describe(el)} (${Math.round(r.left)}–${Math.round(r.right)})`; }).join('; ')}` : ''}`,
      );
    }
    for (const el of deepElements(story)) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || !visible(el) || visuallyHidden(el, style)) continue;
      const clips = ['hidden', 'clip'].includes(style.overflowX);
      const scrolls = ['auto', 'scroll'].includes(style.overflowX);
      if ((clips || scrolls) && el.scrollWidth > el.clientWidth + 1 && hasText(el))
        problems.push(`${describe(el)} ${clips ? 'clips its text' : 'scrolls sideways'} (${el.scrollWidth} px of content in ${el.clientWidth} px)`);
      if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) problems.push(`${describe(el)} cuts its text short with an ellipsis`);
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && (rect.right > width + 1 || rect.left < -1) && hasText(el) && el.children.length === 0)
        problems.push(`${describe(el)} runs off the side of the ${width} px viewport (${Math.round(rect.left)}–${Math.round(rect.right)})`);
    }
    return [...new Set(problems)];
  }

  /**
   * Forced colours (emulated): controls keep a boundary of their own (a border; backgrounds and
   * shadows are dropped in this mode) and SVG icons draw in currentColor (or in a system colour
   * with forced-color-adjust: none, which the element chose on purpose).
   */
  function forcedColours() {
    const problems = [];
    if (!matchMedia('(forced-colors: active)').matches) return ['forced-colors: active is not in effect'];
    for (const el of deepElements(root())) {
      if (!visible(el)) continue;
      const style = getComputedStyle(el);
      const control = el.localName === 'button' || el.getAttribute('role') === 'button' || (el.localName === 'input' && ['button', 'submit', 'reset'].includes(el.type));
      if (control && !visuallyHidden(el, style)) {
        const sides = ['top', 'right', 'bottom', 'left'].filter(
          (side) => style.getPropertyValue(`border-${side}-style`) !== 'none' && parseFloat(style.getPropertyValue(`border-${side}-width`)) >= 1 && !transparent(style.getPropertyValue(`border-${side}-color`)),
        );
        const native = style.appearance !== 'none' && el.localName !== 'div' && el.localName !== 'span';
        // A button styled as a link keeps its underline, which forced colours do not remove.
        const linkLike = style.textDecorationLine.includes('underline');
        if (sides.length < 4 && !native && !linkLike) problems.push(`${describe(el)} has no full border in forced colours (sides with one: ${sides.join(', ') || 'none'})`);
      }
      if (el instanceof SVGElement && el.localName !== 'svg' && el.localName !== 'g' && el.localName !== 'title' && el.localName !== 'desc') {
        if (style.forcedColorAdjust === 'none') continue;
        for (const paint of ['fill', 'stroke']) {
          const value = style.getPropertyValue(paint);
          if (value !== 'none' && value !== style.color && !/^url\(/.test(value))
            problems.push(`${describe(el)} in <svg> paints its ${paint} ${value}, not currentColor (${style.color})`);
        }
      }
    }
    return [...new Set(problems)];
  }

  /** Waits until every Lit element in the story has finished updating (context updates re-render once more). */
  async function settle() {
    for (let round = 0; round < 4; round++) {
      const pending = deepElements(root()).filter((el) => el.updateComplete && typeof el.updateComplete.then === 'function');
      await Promise.all(pending.map((el) => el.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
    }
  }

  window.__candourA11y = { startKeyboard, recordFocus, finishKeyboard, reflow, forcedColours, settle, describe };
})();
