/**
 * One policy for both hosts (Electron's app:// protocol and browser mode): only the app's own
 * scripts and styles, no inline script, no eval, no remote content, no plugins, no forms that
 * post anywhere, no framing. Sent as a header on every response; tests/unit/electron check it.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The header (app:// responses and browser mode). */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * The same policy as a <meta http-equiv> in src-renderer/index.html, so the page is covered even
 * where no header is sent and Electronegativity sees it in the sources. Without frame-ancestors:
 * browsers ignore that directive in a meta tag (and log an error saying so); the header has it.
 */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');
