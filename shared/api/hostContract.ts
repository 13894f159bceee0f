import { z } from 'zod';
import { method } from './method';

/**
 * Services of the host the app runs in, implemented by each adapter rather than the core.
 * In browser mode they answer UNSUPPORTED and the UI falls back to typing a path.
 */
export interface HostCapabilities {
  /** The host can show the OS file dialog (Electron); otherwise the UI asks for a typed path. */
  fileDialogs: boolean;
}

export const hostContract = {
  'host.capabilities': method<HostCapabilities>()(z.object({}).strict()),
  'host.pickRegisterPath': method<string | null>()(z.object({ mode: z.enum(['open', 'create']) }).strict()),
  /**
   * Electron: asks where to save a prepared export (OS save dialog, the suggested name filled in)
   * and moves it there; null when the user cancels. Browser mode: UNSUPPORTED (the UI downloads it).
   */
  'host.saveExport': method<{ path: string } | null>()(z.object({ exportId: z.string().uuid() }).strict()),
} as const;
