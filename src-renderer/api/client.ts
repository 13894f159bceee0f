import type { Input, Method, Output } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';

/** What the Electron preload exposes; absent in browser mode. */
interface Bridge {
  invoke(method: string, input: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    kanalenregister?: Bridge;
  }
}

const TOKEN_KEY = 'kanalenregister.token';
const TOKEN_HEADER = 'X-Kanalenregister-Token';

/**
 * Browser mode hands the per-run token in the URL fragment (never sent to a server, never
 * logged). Keep it for this tab only and take it out of the address bar.
 */
function browserToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]!);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const token = window.kanalenregister ? null : browserToken();

/**
 * The renderer's only way to the core. Electron: the preload bridge over IPC. Browser mode:
 * fetch to the loopback server. Both answer the same Result envelope.
 */
export async function invoke<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  try {
    if (window.kanalenregister) {
      return (await window.kanalenregister.invoke(method, input)) as Result<Output<M>>;
    }
    const response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
      body: JSON.stringify(input),
    });
    return (await response.json()) as Result<Output<M>>;
  } catch {
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Geen verbinding met Kanalenregister. Draait de app nog?',
        messageEn: 'No connection to Kanalenregister. Is the app still running?',
      },
    };
  }
}

/**
 * Browser mode only: fetches a prepared export (GET /api/exports/<id>, the same token header as
 * the API) as a file. The server hands each prepared export out once and then removes it.
 */
export async function fetchPreparedExport(exportId: string): Promise<Result<Blob>> {
  try {
    const response = await fetch(`/api/exports/${encodeURIComponent(exportId)}`, {
      headers: { [TOKEN_HEADER]: token ?? '' },
    });
    if (!response.ok) return (await response.json()) as Result<Blob>;
    return { ok: true, value: await response.blob() };
  } catch {
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Het bestand kon niet gedownload worden. Draait de app nog?',
        messageEn: 'The file could not be downloaded. Is the app still running?',
      },
    };
  }
}
