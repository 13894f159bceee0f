import type Database from 'better-sqlite3';
import { parseDayText } from '../../../shared/domain/dayText';
import type { CellProblem } from '../../../shared/domain/paste';
import { ChannelMatcher } from './channelMatcher';
import { parseCellCount, parseCellMetric } from './countCells';
import { channelMetric } from './defaultMetric';
import type { CountEntry } from './saveCountEntries';

/**
 * Reads a block of counts pasted from a spreadsheet: channel (id, address, handle or name),
 * date, count and optionally the metric, per line. Blank lines are skipped, and so is a first
 * line that reads as column titles ("Kanaal, Datum, Aantal"). Every other line either becomes an
 * entry or a problem (lines numbered from 1 as pasted).
 */
export function readPastedCounts(
  db: Database.Database,
  rows: readonly string[][],
): { entries: CountEntry[]; problems: CellProblem[] } {
  const matcher = new ChannelMatcher(db);
  const entries: CountEntry[] = [];
  const problems: CellProblem[] = [];
  rows.forEach((cells, index) => {
    const row = index + 1;
    const [channelCell = '', dateCell = '', countCell = '', metricCell = ''] = cells.map((cell) => cell.trim());
    if (cells.every((cell) => cell.trim() === '')) return;
    if (row === 1 && parseDayText(dateCell) === null && parseCellCount(countCell) === null) return; // titles
    const lineProblems: CellProblem[] = [];
    const problem = (field: string, message: string, messageEn: string) => lineProblems.push({ row, field, message, messageEn });

    const match = channelCell === '' ? null : matcher.match(channelCell);
    if (channelCell === '') problem('channel', 'Geen kanaal opgegeven.', 'No channel given.');
    else if (match && !match.ok && match.reason === 'ambiguous')
      problem(
        'channel',
        `"${channelCell}" past bij ${match.candidates.length} kanalen (${platforms(match.candidates)}); gebruik de URL of het id.`,
        `"${channelCell}" matches ${match.candidates.length} channels (${platforms(match.candidates)}); use the URL or the id.`,
      );
    else if (match && !match.ok)
      problem('channel', `Geen kanaal gevonden voor "${channelCell}".`, `No channel found for "${channelCell}".`);

    const date = parseDayText(dateCell);
    if (date === null)
      problem(
        'date',
        `"${dateCell}" is geen datum (gebruik JJJJ-MM-DD of DD/MM/JJJJ).`,
        `"${dateCell}" is not a date (use YYYY-MM-DD or DD/MM/YYYY).`,
      );
    const count = parseCellCount(countCell);
    if (count === null)
      problem(
        'count',
        `"${countCell}" is geen geheel aantal (bv. 1234 of 1.234).`,
        `"${countCell}" is not a whole count (e.g. 1234 or 1.234).`,
      );
    const metric = metricCell === '' ? null : parseCellMetric(metricCell);
    if (metricCell !== '' && metric === null)
      problem(
        'metric',
        `"${metricCell}" is geen soort telling (likes, volgers, abonnees, leden).`,
        `"${metricCell}" is not a kind of count (likes, followers, subscribers, members).`,
      );

    if (lineProblems.length > 0 || !match?.ok || date === null || count === null) {
      problems.push(...lineProblems);
      return;
    }
    entries.push({ row, channelId: match.channel.id, date, count, metric: metric ?? channelMetric(match.channel) });
  });
  return { entries, problems };
}

function platforms(channels: ReadonlyArray<{ platform: string }>): string {
  return [...new Set(channels.map((channel) => channel.platform))].join(', ');
}
