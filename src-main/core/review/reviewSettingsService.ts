import type Database from 'better-sqlite3';
import { DEFAULT_REVIEW_SETTINGS, reviewSettingsSchema, type ReviewSettings } from '../../../shared/domain/review';
import type { ChangeLog } from '../changeLog/changeLog';
import { EntityStore, type EntityDefinition } from '../db/entityStore';
import { validate } from '../validation';

const REVIEW_SETTINGS_TABLE: EntityDefinition = {
  entity: 'reviewSettings',
  table: 'review_settings',
  columns: { definition: 'definition' },
  json: ['definition'],
};

interface StoredSettings {
  id: string;
  definition: unknown;
  deletedAt: string | null;
}

/**
 * The review's thresholds, kept in the register (migration 0006) so every laptop reviews the
 * same way. DEFAULT_REVIEW_SETTINGS until saved; one row per register, saved as one undo step
 * (the note template's pattern: a save after an undo brings the same row back).
 */
export class ReviewSettingsService {
  private readonly store: EntityStore<StoredSettings>;

  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
  ) {
    this.store = new EntityStore(db, REVIEW_SETTINGS_TABLE);
  }

  get(): ReviewSettings {
    const live = this.row('deleted_at IS NULL');
    if (!live) return DEFAULT_REVIEW_SETTINGS;
    // Fields a newer version wrote or a hand edit broke fall back to the default, one by one.
    const stored = (typeof live.definition === 'object' && live.definition !== null ? live.definition : {}) as Record<
      string,
      unknown
    >;
    const shape = reviewSettingsSchema.shape;
    return Object.fromEntries(
      (Object.keys(shape) as Array<keyof ReviewSettings>).map((key) => {
        const part = shape[key].safeParse(stored[key]);
        return [key, part.success ? part.data : DEFAULT_REVIEW_SETTINGS[key]];
      }),
    ) as ReviewSettings;
  }

  save(settings: ReviewSettings): ReviewSettings {
    const definition = validate(reviewSettingsSchema, settings);
    this.log.batch((batch) => {
      const live = this.row('deleted_at IS NULL');
      if (live) return this.store.update(batch, live, { definition });
      const removed = this.row('deleted_at IS NOT NULL');
      if (!removed) return this.store.insert(batch, { definition });
      return this.store.update(batch, this.store.setDeleted(batch, removed, false), { definition });
    });
    return this.get();
  }

  private row(where: string): StoredSettings | undefined {
    const id = this.db
      .prepare(`SELECT id FROM review_settings WHERE ${where} ORDER BY updated_at DESC, id LIMIT 1`)
      .pluck()
      .get() as string | undefined;
    return id === undefined ? undefined : this.store.get(id);
  }
}
