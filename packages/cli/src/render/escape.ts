/**
 * Escaping for the HTML report. Every string that comes from a manifest (or
 * from anywhere else) goes through `escapeHtml` before it reaches the page, and
 * a link is made only from an address `safeHref` accepts.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes text for use in HTML element content and in quoted attribute values.
 * Control characters that HTML does not allow become U+FFFD.
 */
export function escapeHtml(text: string): string {
  return String(text)
    .replace(/[&<>"'`]/g, (c) => ENTITIES[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd');
}

/** The only schemes a link in the report may use. */
export const SAFE_SCHEMES: readonly string[] = ['https:', 'mailto:', 'tel:'];

/**
 * The address to put in an `href`, or `undefined` when it must not become a
 * link: only absolute https:, mailto: and tel: addresses are accepted, so no
 * `javascript:`, `data:` or `vbscript:` address (however disguised with case,
 * spaces, control characters or entities) can ever run. The result still needs
 * `escapeHtml` in the attribute.
 */
export function safeHref(address: string): string | undefined {
  if (typeof address !== 'string' || address.length === 0 || address.length > 2048) return undefined;
  // Browsers drop tabs and line breaks inside URLs and trim spaces and controls;
  // refuse anything of the kind instead of guessing what a browser would do.
  if (/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/.test(address)) return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (!SAFE_SCHEMES.includes(url.protocol)) return undefined;
  // The scheme as written must be the one parsed (no scheme-relative tricks).
  if (!address.toLowerCase().startsWith(url.protocol)) return undefined;
  // https: written in full ("https://host"), with no backslashes a browser would read as slashes.
  if (url.protocol === 'https:' && (!/^https:\/\/[^/\\]/i.test(address) || address.includes('\\'))) return undefined;
  if (url.protocol === 'https:' && (url.hostname === '' || url.username !== '' || url.password !== '')) return undefined;
  return address;
}

/** `<a href>` for a safe address, else the escaped text alone. */
export function link(text: string, address: string | undefined): string {
  const href = address === undefined ? undefined : safeHref(address);
  return href === undefined ? escapeHtml(text) : `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

/** A mailto: link for an email address, or the escaped address as text if it is not plainly one. */
export function mailLink(email: string): string {
  if (!/^[^\s@<>()"'&?#/\\:]+@[^\s@<>()"'&?#/\\:]+\.[^\s@<>()"'&?#/\\:]+$/.test(email)) return escapeHtml(email);
  return link(email, `mailto:${email}`);
}

/** A tel: link for a telephone number, or the escaped number as text if it is not plainly one. */
export function telLink(phone: string): string {
  if (!/^\+?[0-9][0-9 ()-]{5,24}$/.test(phone)) return escapeHtml(phone);
  return link(phone, `tel:${phone.replace(/[^+0-9]/g, '')}`);
}
