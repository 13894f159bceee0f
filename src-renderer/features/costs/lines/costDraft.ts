import type { CostEditableField, CostLineFields, CostLinePatch } from '../../../../shared/domain/cost';
import { readCostCell } from './costCellReading';

/**
 * The cells typed into the grid's empty last line, as typed, until they make a cost line: a line
 * needs an owner (a channel, or an organisation for a shared cost), a category, an amount and a
 * date before the core can create it. Every cell is checked when it is typed (readCostCell).
 */
export type CostDraft = Partial<Record<CostEditableField, string>>;

/** What a new line still lacks; 'owner' is the channel or, for a shared cost, the organisation. */
export type DraftNeed = 'owner' | 'category' | 'amountCents' | 'startDate';
const NEEDS: DraftNeed[] = ['owner', 'category', 'amountCents', 'startDate'];

const filled = (draft: CostDraft, field: CostEditableField) => (draft[field] ?? '').trim() !== '';

/** A cell typed into the draft; choosing a channel drops the organisation and vice versa (one owner). */
export function setDraftCell(draft: CostDraft, field: CostEditableField, value: string): CostDraft {
  const next: CostDraft = { ...draft, [field]: value };
  if (field === 'channelId' && value !== '') delete next.organisationId;
  if (field === 'organisationId' && value !== '') delete next.channelId;
  return next;
}

export function draftNeeds(draft: CostDraft): DraftNeed[] {
  return NEEDS.filter((need) =>
    need === 'owner' ? !filled(draft, 'channelId') && !filled(draft, 'organisationId') : !filled(draft, need),
  );
}

/** Whether anything was typed beyond what the line starts with (its channel, in a channel's own list). */
export function hasTyped(draft: CostDraft, start: CostDraft): boolean {
  return (Object.entries(draft) as Array<[CostEditableField, string]>).some(
    ([field, value]) => value.trim() !== '' && value !== start[field],
  );
}

/** The fields to create the line with, or null while something is still missing. */
export function draftFields(draft: CostDraft): CostLineFields | null {
  if (draftNeeds(draft).length > 0) return null;
  const patch: CostLinePatch = {};
  for (const [field, text] of Object.entries(draft) as Array<[CostEditableField, string]>) {
    const reading = readCostCell(field, text);
    if (!reading.ok) return null;
    Object.assign(patch, reading.patch);
  }
  return { ...patch, category: patch.category!, amountCents: patch.amountCents!, startDate: patch.startDate! };
}
