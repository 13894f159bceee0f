import { z } from 'zod';
import type { RuleMessage } from './validationMessages';

/** Field schemas shared by every domain, so the same rule holds in the UI and in the core. */

export const uuid = z.string().uuid();

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'iso_date' satisfies RuleMessage })
  .refine(
    (value) => {
      const parsed = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
    },
    { message: 'calendar_date' satisfies RuleMessage },
  );

export function requiredText(max: number) {
  return z.string().trim().min(1).max(max);
}

/** Optional free text: blank input is stored as null, never as an empty string. */
export function optionalText(max: number) {
  return z
    .string()
    .max(max)
    .nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim()));
}
