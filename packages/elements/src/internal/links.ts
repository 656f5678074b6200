/** Links from supplier text are allowed only to https:, mailto: and tel: addresses. */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (/^https:\/\/[^\s/\\?#]+[^\s\\]*$/i.test(v)) return v;
  if (/^mailto:[^\s@<>()"]+@[^\s@<>()"]+$/i.test(v)) return v;
  if (/^tel:\+?[0-9 ()-]{3,30}$/i.test(v)) return v.replace(/\s+/g, '');
  return undefined;
}
