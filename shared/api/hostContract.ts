import { z } from 'zod';
import { method } from './method';

/**
 * Services of the host the app runs in, implemented by each adapter rather than the core.
 * In browser mode they answer UNSUPPORTED and the UI falls back to typing a path.
 */
export const hostContract = {
  'host.pickRegisterPath': method<string | null>()(z.object({ mode: z.enum(['open', 'create']) }).strict()),
} as const;
