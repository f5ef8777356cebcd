/**
 * Where a sign-in (or any callback URL) may send the browser: a path on this site, never
 * another host. Browsers read `\` as `/` and drop tabs and line breaks inside URLs, so
 * `/\evil.com` and `/\t/evil.com` are both `//evil.com` to them: anything holding a
 * backslash or a control character is refused outright, and the rest must resolve to the
 * same origin. An absolute URL on `origin` (Auth.js passes those) is reduced to its path.
 * Returns the path with its query and fragment, or null.
 */
export function sameOriginPath(url: unknown, origin?: string): string | null {
  if (typeof url !== 'string' || url.length > 2000) return null;
  let candidate = url;
  if (origin && (candidate === origin || candidate.startsWith(`${origin}/`) || candidate.startsWith(`${origin}?`))) {
    candidate = candidate.slice(origin.length) || '/';
    if (candidate.startsWith('?')) candidate = `/${candidate}`;
  }
  if (!candidate.startsWith('/') || candidate.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(candidate)) return null;
  const base = 'http://same-origin.invalid';
  let parsed: URL;
  try {
    parsed = new URL(candidate, base);
  } catch {
    return null;
  }
  return parsed.origin === base ? `${parsed.pathname}${parsed.search}${parsed.hash}` : null;
}
