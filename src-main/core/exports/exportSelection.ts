import type { z } from 'zod';
import type { ChannelRow, channelQuerySchema } from '../../../shared/domain/channel';
import { notFound } from '../errors';
import type { Register } from '../register/register';

type ChannelQuery = z.input<typeof channelQuerySchema>;

export const ALL_CHANNELS_LABEL = 'Alle kanalen';
export const CURRENT_QUERY_LABEL = 'Huidige selectie';

/** channels.list's largest page: 20 pages for 100,000 channels. */
const PAGE = 5000;

export interface ExportSelection {
  rows: ChannelRow[];
  /** "Alle kanalen", the saved view's name, or "Huidige selectie". */
  label: string;
  /** Every live channel, unfiltered: costs and totals need no narrowing to the selection. */
  everything: boolean;
}

/**
 * The channels an export shows, in the grid's order: a saved view's query, else the query the
 * grid is showing, else every live channel (by name). Read through channels.list, so an export
 * holds exactly the rows the user saw, however many pages that is.
 */
export function exportSelection(register: Register, asked: { viewId?: string; query?: ChannelQuery }): ExportSelection {
  if (asked.viewId !== undefined) {
    const view = register.views.list().find((candidate) => candidate.id === asked.viewId);
    if (!view) throw notFound({ nl: 'Weergave', en: 'View' }, asked.viewId);
    // The view's column layout is the grid's business; the export keeps its own columns.
    const { columns: _layout, ...query } = view.definition;
    return { rows: allPages(register, liveOnly(query)), label: view.name, everything: false };
  }
  if (asked.query !== undefined)
    return { rows: allPages(register, liveOnly(asked.query)), label: CURRENT_QUERY_LABEL, everything: false };
  return { rows: allPages(register, {}), label: ALL_CHANNELS_LABEL, everything: true };
}

/** The college gets the register, never the bin: a grid showing "Verwijderd" still exports live channels only. */
function liveOnly(query: ChannelQuery): ChannelQuery {
  return { ...query, deleted: 'exclude' };
}

function allPages(register: Register, query: ChannelQuery): ChannelRow[] {
  const rows: ChannelRow[] = [];
  for (;;) {
    const page = register.channels.list({ ...query, offset: rows.length, limit: PAGE });
    rows.push(...page.rows);
    if (page.rows.length < PAGE || rows.length >= page.total) return rows;
  }
}
