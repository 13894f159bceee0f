import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreparedExport } from '../../../shared/domain/exportOptions';
import { browserHostHandlers } from '../../../src-main/adapters/browserHost';
import { attachmentDisposition } from '../../../src-main/adapters/contentDisposition';
import { startHttpAdapter, TOKEN_HEADER } from '../../../src-main/adapters/http';
import { createCoreHandlers } from '../../../src-main/core/api/coreHandlers';
import { exportsDir } from '../../../src-main/core/exports/preparedExports';
import { RegisterSession } from '../../../src-main/core/register/registerSession';

const TOKEN = 'test-token-0123456789abcdefghijklmnop';

let server: Server;
let base: string;
let port: number;
let session: RegisterSession;
let dataDir: string;

beforeAll(async () => {
  // One server and one register (the sample) for the whole file, as in http.test.ts.
  dataDir = mkdtempSync(join(tmpdir(), 'kanalenregister-http-export-'));
  session = new RegisterSession({ dataDir, actor: 'tester' });
  await session.openSample();
  const started = await startHttpAdapter({
    handlers: { ...createCoreHandlers(session), ...browserHostHandlers },
    token: TOKEN,
    dataDir,
  });
  server = started.server;
  base = started.url;
  port = started.port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await session.idle();
  session.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function prepare(options: Record<string, unknown>): Promise<PreparedExport> {
  const response = await fetch(`${base}api/exports.prepare`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
    body: JSON.stringify(options),
  });
  const result = (await response.json()) as { ok: boolean; value: PreparedExport; error?: unknown };
  if (!result.ok) throw new Error(`exports.prepare failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

function download(exportId: string, headers: Record<string, string> = { [TOKEN_HEADER]: TOKEN }) {
  return fetch(`${base}api/exports/${exportId}`, { headers });
}

/** What the exports folder still holds for this id (the file, its name, a claimed download). */
function leftovers(exportId: string): string[] {
  const dir = exportsDir(dataDir);
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.startsWith(exportId)) : [];
}

/** A raw request: fetch normalises paths and will not send a chosen Host header. */
function rawRequest(path: string, headers: Record<string, string>, method = 'GET') {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('GET /api/exports/<id>: the browser-mode download of a prepared export', () => {
  it('refuses a download without the token (401) and keeps the export for the real request', async () => {
    const prepared = await prepare({ format: 'csv', csv: { table: 'channels' } });
    const refused = await download(prepared.exportId, {});
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    const wrong = await download(prepared.exportId, { [TOKEN_HEADER]: `${TOKEN.slice(0, -1)}x` });
    expect(wrong.status).toBe(401);
    expect(leftovers(prepared.exportId).length).toBeGreaterThan(0);

    const response = await download(prepared.exportId);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
  });

  it('streams a CSV with its type and file name, once, and then removes it', async () => {
    const prepared = await prepare({ format: 'csv', csv: { table: 'channels' } });
    expect(prepared.fileName).toMatch(/\.csv$/);
    expect(leftovers(prepared.exportId).length).toBeGreaterThan(0);

    const response = await download(prepared.exportId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(attachmentDisposition(prepared.fileName));
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.csv"; filename\*=UTF-8''/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBe(prepared.bytes);
    expect(Number(response.headers.get('content-length'))).toBe(prepared.bytes);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split(/\r\n/)[0]).toContain(';');
    expect(text).toContain('Stadsbestuur Mechelen');

    // Removed once sent (the response has ended, the clean-up runs right after).
    await expect.poll(() => leftovers(prepared.exportId)).toEqual([]);
    const again = await download(prepared.exportId);
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('streams a workbook that exceljs reads back', async () => {
    const prepared = await prepare({ format: 'xlsx', xlsx: { sheets: ['overview'] } });
    const response = await download(prepared.exportId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toMatch(/filename="[^"]+\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const overview = workbook.getWorksheet('Overzicht');
    expect(overview).toBeDefined();
    const texts: unknown[] = [];
    overview!.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)));
    expect(texts).toContain('Stadsbestuur Mechelen');
    expect(texts).toContain(3107);
    await expect.poll(() => leftovers(prepared.exportId)).toEqual([]);
  });

  it('answers an id it does not know with 404', async () => {
    const response = await download(randomUUID());
    expect(response.status).toBe(404);
    const body = (await response.json()) as { ok: boolean; error: { code: string; message: string; messageEn: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(body.error.message).toMatch(/Exporteer opnieuw/);
    expect(body.error.messageEn).toMatch(/Export again/);
  });

  it('refuses ids that are not UUIDs, paths above all, with 400', async () => {
    const prepared = await prepare({ format: 'csv', csv: { table: 'channels' } });
    const paths = [
      '/api/exports/..%2Fsettings.json',
      '/api/exports/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      `/api/exports/${prepared.exportId}%2F..%2F..%2Fsettings.json`,
      `/api/exports/${prepared.exportId}.csv`,
      `/api/exports/..%5C${prepared.exportId}`,
      '/api/exports/',
    ];
    for (const path of paths) {
      const reply = await rawRequest(path, { host: `127.0.0.1:${port}`, [TOKEN_HEADER]: TOKEN });
      expect(reply.status, path).toBe(400);
      expect(JSON.parse(reply.text), path).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    // None of them touched the real export.
    expect(leftovers(prepared.exportId).length).toBeGreaterThan(0);
    expect((await download(prepared.exportId)).status).toBe(200);
  });

  it('applies the API guards: GET only, own Origin, own Host', async () => {
    const prepared = await prepare({ format: 'csv', csv: { table: 'channels' } });
    const post = await rawRequest(
      `/api/exports/${prepared.exportId}`,
      { host: `127.0.0.1:${port}`, [TOKEN_HEADER]: TOKEN },
      'POST',
    );
    expect(post.status).toBe(405);
    const foreignOrigin = await download(prepared.exportId, { [TOKEN_HEADER]: TOKEN, origin: 'http://evil.example' });
    expect(foreignOrigin.status).toBe(403);
    const foreignHost = await rawRequest(`/api/exports/${prepared.exportId}`, { host: 'evil.example', [TOKEN_HEADER]: TOKEN });
    expect(foreignHost.status).toBe(421);
    // Refused requests leave the export in place.
    const own = await download(prepared.exportId, { [TOKEN_HEADER]: TOKEN, origin: `http://127.0.0.1:${port}` });
    expect(own.status).toBe(200);
    await own.arrayBuffer();
  });
});

describe('the attachment file name', () => {
  it('keeps ASCII names as they are', () => {
    expect(attachmentDisposition('Kanalenregister Voorbeeld Mechelen 2014 2026-11-25.xlsx')).toBe(
      `attachment; filename="Kanalenregister Voorbeeld Mechelen 2014 2026-11-25.xlsx"; filename*=UTF-8''Kanalenregister%20Voorbeeld%20Mechelen%202014%202026-11-25.xlsx`,
    );
  });

  it('gives non-ASCII names an ASCII stand-in and the real name per RFC 5987', () => {
    expect(attachmentDisposition('Financiën "2026" (ontwerp)*.docx')).toBe(
      `attachment; filename="Financien _2026_ (ontwerp)*.docx"; filename*=UTF-8''Financi%C3%ABn%20%222026%22%20%28ontwerp%29%2A.docx`,
    );
    expect(attachmentDisposition('Kanalen 日本.csv')).toMatch(
      /^attachment; filename="Kanalen __\.csv"; filename\*=UTF-8''Kanalen%20%E6%97%A5%E6%9C%AC\.csv$/,
    );
  });
});
