import type Database from 'better-sqlite3';
import { DEFAULT_REVIEW_SETTINGS, reviewSettingsSchema } from '../../../shared/domain/review';
import type { ChangeLog } from '../changeLog/changeLog';
import { SingletonDocument } from '../db/singletonDocument';

/**
 * The review's thresholds, kept in the register (migration 0006) so every laptop reviews the
 * same way: DEFAULT_REVIEW_SETTINGS until saved, then one row, each save one undo step.
 */
export class ReviewSettingsService extends SingletonDocument<typeof reviewSettingsSchema> {
  constructor(db: Database.Database, log: ChangeLog) {
    super(db, log, {
      entity: 'reviewSettings',
      table: 'review_settings',
      field: 'definition',
      schema: reviewSettingsSchema,
      defaults: DEFAULT_REVIEW_SETTINGS,
    });
  }
}
