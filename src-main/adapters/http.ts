import { timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { fail, type Result } from '../../shared/api/result';
import { uuid } from '../../shared/domain/fields';
import { dispatch, type AllHandlers } from '../core/api/dispatch';
import { preparedExportPath, removePreparedExport } from '../core/exports/preparedExports';
import { attachmentDisposition } from './contentDisposition';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

export interface HttpAdapterOptions {
  handlers: AllHandlers;
  /** Per-run secret; every API call must carry it in the X-Kanalenregister-Token header. */
  token: string;
  /** Built renderer (dist/renderer); omitted in API-only tests. */
  rendererDir?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The app's data folder, whose exports/ holds prepared exports (GET /api/exports/<id>); omitted: none. */
  dataDir?: string;
}

export const TOKEN_HEADER = 'x-kanalenregister-token';
/** Fits an imported spreadsheet of MAX_IMPORT_BYTES (20 MB) as base64 (~26.7 MB) in JSON, with room to spare. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';
/** The one API path that is not a method: the download of a prepared export (browser mode's "save"). */
const EXPORT_DOWNLOAD_PREFIX = 'exports/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Browser mode: the same handlers as the Electron IPC adapter, over HTTP on 127.0.0.1 only.
 * Guards: the per-run token (a page on another site cannot read it), the Host header (DNS
 * rebinding) and the Origin header (cross-site requests). The same guards cover
 * GET /api/exports/<id>, which hands a prepared export out once as a download.
 */
export async function startHttpAdapter(options: HttpAdapterOptions): Promise<{ server: Server; url: string; port: number }> {
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response, options, port).catch((error) => {
      console.error('[kanalenregister] http adapter:', error);
      if (!response.headersSent) sendResult(response, 500, fail('INTERNAL', 'Interne fout.', 'Internal error.'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return { server, port, url: `http://${LOOPBACK}:${port}/` };
}

async function handle(request: IncomingMessage, response: ServerResponse, options: HttpAdapterOptions, port: number) {
  setSecurityHeaders(response);
  if (!hostAllowed(request.headers.host, port)) {
    sendResult(response, 421, fail('UNAUTHORISED', 'Onbekende Host-header.', 'Unknown Host header.'));
    return;
  }
  const url = new URL(request.url ?? '/', `http://${LOOPBACK}:${port}`);
  const pathname = safeDecode(url.pathname);
  if (pathname === null) {
    sendResult(response, 400, fail('INVALID_INPUT', 'Ongeldig adres.', 'Invalid address.'));
    return;
  }
  if (pathname.startsWith('/api/')) {
    await handleApi(request, response, options, port, pathname.slice('/api/'.length));
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendResult(response, 405, fail('UNSUPPORTED', 'Methode niet toegestaan.', 'Method not allowed.'));
    return;
  }
  serveStatic(response, options.rendererDir, pathname);
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  options: HttpAdapterOptions,
  port: number,
  method: string,
) {
  const download = method.startsWith(EXPORT_DOWNLOAD_PREFIX);
  if (download && request.method !== 'GET') {
    sendResult(response, 405, fail('UNSUPPORTED', 'Gebruik GET om een export te downloaden.', 'Use GET to download an export.'));
    return;
  }
  if (!download && request.method !== 'POST') {
    sendResult(response, 405, fail('UNSUPPORTED', 'Gebruik POST voor de API.', 'Use POST for the API.'));
    return;
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !originAllowed(origin, port)) {
    sendResult(
      response,
      403,
      fail('UNAUTHORISED', 'Verzoek van een andere website geweigerd.', 'Request from another site refused.'),
    );
    return;
  }
  if (!tokenMatches(request.headers[TOKEN_HEADER], options.token)) {
    sendResult(response, 401, fail('UNAUTHORISED', 'Ontbrekend of fout toegangstoken.', 'Missing or wrong access token.'));
    return;
  }
  if (download) {
    sendPreparedExport(response, options.dataDir, method.slice(EXPORT_DOWNLOAD_PREFIX.length));
    return;
  }
  let input: unknown;
  try {
    const body = await readBody(request);
    input = body.length === 0 ? {} : JSON.parse(body);
  } catch (error) {
    const tooLarge = (error as Error).message === 'too large';
    sendResult(
      response,
      tooLarge ? 413 : 400,
      tooLarge
        ? fail('INVALID_INPUT', 'Het verzoek is te groot.', 'The request is too large.')
        : fail('INVALID_INPUT', 'Het verzoek is geen geldige JSON.', 'The request is not valid JSON.'),
    );
    return;
  }
  sendResult(response, 200, await dispatch(options.handlers, method, input));
}

/**
 * Streams a prepared export as an attachment, once: the file is first renamed out of the way (an
 * atomic claim, so a second request for the same id finds nothing), and removed when the
 * response ends, whether the download finished or the browser went away.
 */
function sendPreparedExport(response: ServerResponse, dataDir: string | undefined, exportId: string) {
  if (!uuid.safeParse(exportId).success) {
    sendResult(response, 400, fail('INVALID_INPUT', 'Ongeldige export-id.', 'Invalid export id.'));
    return;
  }
  const prepared = dataDir ? preparedExportPath(dataDir, exportId) : null;
  const claimed = prepared ? claim(prepared.path) : null;
  if (!dataDir || !prepared || !claimed) {
    sendResult(
      response,
      404,
      fail(
        'NOT_FOUND',
        'Deze export is er niet (meer): hij werd al gedownload of is verlopen. Exporteer opnieuw.',
        'This export is not there (any more): it was downloaded already or has expired. Export again.',
      ),
    );
    return;
  }
  removePreparedExport(dataDir, exportId);
  response.writeHead(200, {
    'content-type': prepared.contentType,
    'content-length': statSync(claimed).size,
    'content-disposition': attachmentDisposition(prepared.fileName),
    'cache-control': 'no-store',
  });
  pipeline(createReadStream(claimed), response, () => rmSync(claimed, { force: true }));
}

/** The claimed file's new name; null when another request claimed it first (or it is gone). */
function claim(path: string): string | null {
  const claimed = `${path}.sending`;
  try {
    renameSync(path, claimed);
    return claimed;
  } catch {
    return null;
  }
}

function serveStatic(response: ServerResponse, rendererDir: string | undefined, pathname: string) {
  if (!rendererDir) {
    response.writeHead(404).end();
    return;
  }
  const relative = normalize(pathname).replace(/^([/\\])+/, '');
  let file = join(rendererDir, relative);
  if (!file.startsWith(rendererDir + sep) && file !== rendererDir) {
    response.writeHead(404).end();
    return;
  }
  // Client-side routes fall back to the app's page.
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(rendererDir, 'index.html');
  if (!existsSync(file)) {
    response
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      .end('Renderer niet gebouwd: voer `npm run build` uit.');
    return;
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(response);
}

function setSecurityHeaders(response: ServerResponse) {
  response.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'no-referrer');
  response.setHeader('x-frame-options', 'DENY');
  response.setHeader('cross-origin-opener-policy', 'same-origin');
  response.setHeader('cross-origin-resource-policy', 'same-origin');
}

function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
}

function originAllowed(origin: string, port: number): boolean {
  return origin === `http://${LOOPBACK}:${port}` || origin === `http://localhost:${port}`;
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function safeDecode(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** Reads the body up to the limit; past it the rest is drained (not kept) so the 413 still reaches the client. */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () =>
      size > MAX_BODY_BYTES ? reject(new Error('too large')) : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    request.on('error', reject);
  });
}

function sendResult(response: ServerResponse, status: number, result: Result<unknown>) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(result));
}
