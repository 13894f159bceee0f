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

/**
 * C0 control characters other than tab, line feed and carriage return, and DEL. Never text anyone
 * meant to type: they are invisible on screen, not allowed in the XML inside .xlsx and .docx, and
 * SQLite's length() stops at a NUL (a name of "\u0000" would pass a trim here and fail the table's check).
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function hasNoControlCharacters(value: string): boolean {
  return !CONTROL_CHARACTERS.test(value);
}

/**
 * Word and PowerPoint put a vertical tab (manual line break) or a form feed (page break) into
 * copied text; both are line breaks to the user, so they become one instead of being refused.
 */
function lineBreaksAsNewline(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u000b\u000c]/g, '\n');
}

/** A string of at most `max` characters without control characters (tab and line breaks are fine). */
export function plainText(max: number) {
  return z
    .string()
    .overwrite(lineBreaksAsNewline)
    .max(max)
    .refine(hasNoControlCharacters, { message: 'control_characters' satisfies RuleMessage });
}

export function requiredText(max: number) {
  return z
    .string()
    .overwrite(lineBreaksAsNewline)
    .trim()
    .min(1)
    .max(max)
    .refine(hasNoControlCharacters, { message: 'control_characters' satisfies RuleMessage });
}

/** Optional free text: blank input is stored as null, never as an empty string. */
export function optionalText(max: number) {
  return plainText(max)
    .nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim()));
}
