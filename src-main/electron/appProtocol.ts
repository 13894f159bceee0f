import { net, protocol } from 'electron';
import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../adapters/contentSecurityPolicy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'kanalenregister';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Must run before the app is ready: app:// behaves like https (secure, standard origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from disk under app://kanalenregister/ with the app's CSP. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(request.url, rendererDir, (fileUrl) => net.fetch(fileUrl)));
}

/**
 * The answer to one app:// request: only the app's host, only files inside rendererDir (a path
 * that climbs out with ../ or its encoded forms stays inside and falls back to index.html, like a
 * client-side route), always with the CSP. `fetchFile` reads a file:// URL (Electron's net.fetch).
 */
export async function rendererResponse(
  requestUrl: string,
  rendererDir: string,
  fetchFile: (fileUrl: string) => Promise<Response>,
): Promise<Response> {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return refused(400, 'Bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) {
    return refused(404, 'Not found');
  }
  if (pathname.includes('\0')) return refused(400, 'Bad request');
  // Backslashes are separators on Windows: treat them as such everywhere before normalising.
  const relative = normalize(pathname.replace(/\\/g, '/')).replace(/^([/\\])+/, '');
  let file = join(rendererDir, relative);
  if (file !== rendererDir && !file.startsWith(rendererDir + sep)) return refused(404, 'Not found');
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(rendererDir, 'index.html');
  const response = await fetchFile(pathToFileURL(file).toString());
  const headers = new Headers(response.headers);
  setSecurityHeaders(headers);
  return new Response(response.body, { status: response.status, headers });
}

function refused(status: number, text: string): Response {
  const headers = new Headers({ 'Content-Type': 'text/plain; charset=utf-8' });
  setSecurityHeaders(headers);
  return new Response(text, { status, headers });
}

function setSecurityHeaders(headers: Headers): void {
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  headers.set('X-Content-Type-Options', 'nosniff');
}
