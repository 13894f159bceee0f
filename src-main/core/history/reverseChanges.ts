import type Database from 'better-sqlite3';
import type { ChangeEntry } from '../../../shared/domain/changeLog';
import type { ChangeBatch } from '../changeLog/changeLog';
import { EntityStore, sameValue, type Values } from '../db/entityStore';
import { isOrganisationInUse, organisationUsage } from '../organisations/organisationUsage';
import { personChannelCount } from '../people/personUsage';
import { deadReference } from '../references/liveReferences';

/** A change an undo or redo left alone, and why. */
export interface SkippedChange {
  entity: string;
  entityId: string;
  /** The record's name when it has one, for the message. */
  label: string | null;
  field: string;
  /** changed: another batch changed it since; in_use: deleting it would orphan live records; refused: SQLite refused the old value (e.g. a name taken since). */
  reason: 'changed' | 'in_use' | 'refused' | 'unsupported';
}

interface RecordChanges {
  entity: string;
  entityId: string;
  created: boolean;
  /** Per field: the value before the batch (its first old value) and after it (its last new value). */
  fields: Map<string, { before: unknown; after: unknown }>;
}

/**
 * Puts back the values a batch replaced, as new changes in `batch`: fields get their old value,
 * records the batch created are soft-deleted, deletions and restores are turned around.
 *
 * A field another batch has changed since (its value is no longer what this batch wrote) is
 * not overwritten: it is skipped and reported, so an undo never silently destroys later work
 * (a colleague's edit on another laptop, an edit undone only in part).
 */
export function reverseChanges(db: Database.Database, batch: ChangeBatch, changes: readonly ChangeEntry[]): SkippedChange[] {
  const skipped: SkippedChange[] = [];
  // The newest records first: channels of an import go before the organisation they hang under.
  for (const record of [...groupByRecord(changes).values()].reverse()) {
    const store = EntityStore.forEntity(db, record.entity);
    const current = store?.get(record.entityId) as (Values & { id: string }) | undefined;
    const skip = (field: string, reason: SkippedChange['reason']) =>
      skipped.push({
        entity: record.entity,
        entityId: record.entityId,
        label: typeof current?.name === 'string' ? current.name : null,
        field,
        reason,
      });
    if (!store || !current) {
      for (const field of record.created ? ['created'] : record.fields.keys()) skip(field, 'unsupported');
      continue;
    }

    if (record.created) {
      if (current.deletedAt !== null) continue; // already gone: nothing to take back
      if (wouldOrphan(db, record.entity, record.entityId)) skip('created', 'in_use');
      else if (!batch.attempt(() => store.setDeletedAt(batch, current, new Date().toISOString())).ok) skip('created', 'refused');
      continue;
    }

    const patch: Values = {};
    let deletedAt: string | null | undefined;
    for (const [field, { before, after }] of record.fields) {
      if (field === 'deletedAt') {
        if ((current.deletedAt === null) !== (after === null)) skip(field, 'changed');
        else if (before !== null && wouldOrphan(db, record.entity, record.entityId)) skip(field, 'in_use');
        // Reviving a record whose organisation or person was deleted since would leave it dangling.
        else if (before === null && deadReference(db, record.entity, current) !== null) skip(field, 'refused');
        else deletedAt = before as string | null;
      } else if (!sameValue(current[field], after)) {
        skip(field, 'changed');
      } else if (deadReference(db, record.entity, { [field]: before }) !== null) {
        skip(field, 'refused');
      } else {
        patch[field] = before;
      }
    }
    const outcome = batch.attempt(() => {
      const updated = Object.keys(patch).length > 0 ? store.update(batch, current, patch) : current;
      if (deletedAt !== undefined) store.setDeletedAt(batch, updated, deletedAt);
    });
    if (!outcome.ok) {
      for (const field of Object.keys(patch)) skip(field, 'refused');
      if (deletedAt !== undefined) skip('deletedAt', 'refused');
    }
  }
  return skipped;
}

function groupByRecord(changes: readonly ChangeEntry[]): Map<string, RecordChanges> {
  const records = new Map<string, RecordChanges>();
  for (const change of changes) {
    const key = `${change.entity}\u0000${change.entityId}`;
    let record = records.get(key);
    if (!record) {
      record = { entity: change.entity, entityId: change.entityId, created: false, fields: new Map() };
      records.set(key, record);
    }
    if (change.field === 'created') {
      record.created = true;
      continue;
    }
    const known = record.fields.get(change.field);
    if (known) known.after = change.newValue;
    else record.fields.set(change.field, { before: change.oldValue, after: change.newValue });
  }
  return records;
}

/** Deleting an organisation or person that live records still point at would leave them dangling. */
function wouldOrphan(db: Database.Database, entity: string, id: string): boolean {
  if (entity === 'organisation') return isOrganisationInUse(organisationUsage(db, id));
  if (entity === 'person') return personChannelCount(db, id) > 0;
  return false;
}
