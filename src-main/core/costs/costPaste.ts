import type Database from 'better-sqlite3';
import type { CostLine } from '../../../shared/domain/cost';
import type { CellProblem, PasteResult } from '../../../shared/domain/paste';
import type { ChangeLog } from '../changeLog/changeLog';
import { liveNames } from '../channels/channelsRepo';
import { NameIndex } from '../channels/nameIndex';
import { hasContent } from '../channels/pasteCells';
import type { EntityStore } from '../db/entityStore';
import { ChannelLookup } from './channelLookup';
import { checkCostLine, mergeCostPatch } from './costLineRecord';
import { readCostCells, type CostCells } from './costPasteCells';
import { channelOrganisation, isCostLineVisible } from './costsRepo';

export interface CostPasteRow {
  id: string | null;
  cells: CostCells;
}

/** What a new line cannot be stored without, named in the order of the grid's columns. */
const MISSING = [
  { field: 'channelId', nl: 'een kanaal of een organisatie (gedeelde kost)', en: 'a channel or an organisation (shared cost)' },
  { field: 'category', nl: 'een categorie', en: 'a category' },
  { field: 'amountCents', nl: 'een bedrag', en: 'an amount' },
  { field: 'startDate', nl: 'een datum', en: 'a date' },
] as const;

/**
 * A block pasted into the cost grid. Every line is read first; a line with any problem is left
 * out whole and listed (line, field, Dutch and English), all the others are written in one
 * batch (one undo step). A line with an id edits that cost line, one without (past the end of
 * the grid) adds one.
 */
export function pasteCostLines(
  db: Database.Database,
  log: ChangeLog,
  store: EntityStore<CostLine>,
  rows: readonly CostPasteRow[],
): PasteResult {
  const context = { channels: new ChannelLookup(db), organisations: new NameIndex(liveNames(db, 'organisations')) };
  const problems: CellProblem[] = [];
  const accepted: Array<{ current: CostLine | null; values: Record<string, unknown> }> = [];
  rows.forEach((line, index) => {
    const row = index + 1;
    const lineProblem = (field: string, message: string, messageEn: string) => problems.push({ row, field, message, messageEn });
    if (line.id === null && !hasContent(line.cells)) return; // a trailing blank line is no new cost
    const current = line.id === null ? null : (store.get(line.id) ?? null);
    if (line.id !== null && (!current || !isCostLineVisible(db, line.id))) {
      lineProblem('id', 'Deze kostenlijn bestaat niet (meer).', 'This cost line does not exist (any more).');
      return;
    }
    const read = readCostCells(row, line.cells, current === null, context);
    if (!read.ok) {
      problems.push(...read.problems);
      return;
    }
    const patch = read.values;
    const ownerProblem = reconcileOwner(db, current, patch);
    if (ownerProblem) {
      lineProblem('organisationId', ownerProblem.nl, ownerProblem.en);
      return;
    }
    const merged = mergeCostPatch(current, patch);
    if (current === null) {
      // Either owner will do: a missing owner is reported once, on the channel column.
      const hasOwner = Boolean(merged.channelId) || Boolean(merged.organisationId);
      const missing = MISSING.filter(({ field }) => (field === 'channelId' ? !hasOwner : (merged[field] ?? null) === null));
      for (const { field, nl, en } of missing)
        lineProblem(field, `Een nieuwe kostenlijn heeft ${nl} nodig.`, `A new cost line needs ${en}.`);
      if (missing.length > 0) return;
    }
    const checked = checkCostLine(merged);
    if (!checked.ok) {
      for (const issue of checked.problems) lineProblem(issue.path || 'row', issue.message, issue.messageEn);
      return;
    }
    accepted.push({ current, values: checked.values });
  });

  if (accepted.length === 0) return { updated: 0, created: 0, createdIds: [], problems, batchId: null };
  return log.batch((batch) => {
    let updated = 0;
    const createdIds: string[] = [];
    for (const { current, values } of accepted) {
      if (current === null) {
        createdIds.push(store.insert(batch, values).id);
      } else if (store.update(batch, current, values) !== current) {
        updated += 1;
      }
    }
    return { updated, created: createdIds.length, createdIds, problems, batchId: batch.size > 0 ? batch.id : null };
  });
}

/**
 * A block copied from the grid carries the organisation column too, which for a channel's cost
 * shows the channel's organisation. That organisation next to (or pasted over) a channel's line
 * means the channel's cost, not a move to a shared cost: it is dropped from the patch. Another
 * organisation next to a channel is a contradiction and refused.
 */
function reconcileOwner(
  db: Database.Database,
  current: CostLine | null,
  patch: Record<string, unknown>,
): { nl: string; en: string } | null {
  if (typeof patch.organisationId !== 'string') return null;
  const channelId = patch.channelId === undefined ? current?.channelId : patch.channelId;
  if (typeof channelId !== 'string') return null;
  const owner = channelOrganisation(db, channelId);
  if (owner.id === patch.organisationId) {
    delete patch.organisationId;
    return null;
  }
  // Over an existing channel line, an organisation alone moves the cost to that organisation (owner rule).
  if (patch.channelId === undefined) return null;
  return {
    nl: `Het kanaal hoort bij ${owner.name ? `organisatie "${owner.name}"` : 'geen organisatie'}, niet bij deze. Laat de organisatie leeg voor een kost van het kanaal, of het kanaal voor een gedeelde kost van de organisatie.`,
    en: `The channel belongs to ${owner.name ? `organisation "${owner.name}"` : 'no organisation'}, not to this one. Leave the organisation empty for a cost of the channel, or the channel for a shared cost of the organisation.`,
  };
}
