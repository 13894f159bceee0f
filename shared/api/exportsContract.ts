import { z } from 'zod';
import { collegeNoteSchema, type CollegeNote } from '../domain/collegeNote';
import { exportOptionsSchema, type PreparedExport } from '../domain/exportOptions';
import { uuid } from '../domain/fields';
import { method } from './method';

export const exportsContract = {
  /**
   * Writes the export (off the main thread) to a temporary file of this app, whole or not at all,
   * and returns its id. The file is then saved with host.saveExport (Electron) or downloaded from
   * GET /api/exports/<id> (browser mode); unclaimed exports are removed after an hour.
   */
  'exports.prepare': method<PreparedExport>()(exportOptionsSchema),
  /** Drops a prepared export that will not be saved. */
  'exports.discard': method<{ removed: boolean }>()(z.object({ exportId: uuid }).strict()),
  /** The register's college-note template (the built-in default until one is saved). */
  'exports.noteTemplate.get': method<CollegeNote>()(z.object({}).strict()),
  /** Stores the template in the register: logged, one undo step. */
  'exports.noteTemplate.save': method<CollegeNote>()(z.object({ note: collegeNoteSchema }).strict()),
} as const;
