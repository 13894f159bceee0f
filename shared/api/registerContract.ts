import { z } from 'zod';
import type { RecentRegister, RegisterInfo, RegisterState } from '../domain/register';
import { method } from './method';

const registerPath = z.string().trim().min(1).max(4096);

export const registerContract = {
  /** The open register (null when none is open) and the last problem opening one. */
  'register.current': method<RegisterState>()(z.object({}).strict()),
  'register.recent': method<RecentRegister[]>()(z.object({}).strict()),
  /** Where new registers go by default, so the UI can suggest a path. */
  'register.defaultDirectory': method<string>()(z.object({}).strict()),
  /** A new, empty register; with `withSample` it is filled with the 2014 Mechelen sample. */
  'register.create': method<RegisterInfo>()(z.object({ path: registerPath, withSample: z.boolean().optional() }).strict()),
  'register.open': method<RegisterInfo>()(z.object({ path: registerPath }).strict()),
  /** Copies the built-in 2014 Mechelen sample into a new file and opens it; never overwrites. */
  'register.openSample': method<RegisterInfo>()(z.object({}).strict()),
} as const;
