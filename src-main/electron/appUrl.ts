/**
 * Whether `url` belongs to `origin` (scheme, host and port; no user name or password).
 *
 * Not `new URL(url).origin === origin`: Node's URL (the main process's) gives the origin "null"
 * for schemes it does not know, such as app://, so that comparison refuses the app itself.
 */
export function isSameOrigin(url: string | undefined, origin: string): boolean {
  if (!url) return false;
  let parsed: URL;
  let expected: URL;
  try {
    parsed = new URL(url);
    expected = new URL(origin);
  } catch {
    return false;
  }
  return (
    parsed.protocol === expected.protocol &&
    parsed.host === expected.host &&
    parsed.host !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The URL to hand to the OS browser: http(s) only; file:, javascript:, data:, custom schemes and non-URLs give null. */
export function externalUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}
