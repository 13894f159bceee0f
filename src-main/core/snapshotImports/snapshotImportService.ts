import type { z } from 'zod';
import { snapshotsContract } from '../../../shared/api/snapshotsContract';
import type { ImportProblem } from '../../../shared/domain/spreadsheetImport';
import type { SnapshotMetric } from '../../../shared/domain/snapshot';
import type { DuplicateChoice, SaveCountsResult } from '../../../shared/domain/snapshotEntry';
import type { SnapshotImportPreview } from '../../../shared/domain/snapshotImport';
import { notFound } from '../errors';
import { refuseOversizedFile } from '../imports/importFileError';
import { IMPORT_LIMITS, type ImportLimits } from '../imports/importLimits';
import { listProblems } from '../imports/importProblems';
import type { Register } from '../register/register';
import { channelMetric } from '../snapshots/defaultMetric';
import { validate } from '../validation';
import { dayBefore } from './snapshotDates';
import { planRows, readDays, type PlannedRow } from './snapshotDays';
import { readSnapshotFile } from './snapshotFile';
import { snapshotFileError } from './snapshotFileError';
import { detectLayout, FORMAT_NAMES, type SnapshotLayout } from './snapshotLayout';

const previewSchema = snapshotsContract['snapshots.importPreview'].input;
const commitSchema = snapshotsContract['snapshots.importCommit'].input;
export type SnapshotImportPreviewInput = z.input<typeof previewSchema>;
export type SnapshotImportCommitInput = z.input<typeof commitSchema>;

/** Rows of the preview table. */
const PREVIEW_ROWS = 100;

interface ChannelRef {
  id: string;
  name: string;
  platform: string;
  latestMetric: string | null;
}

/** Everything preview and commit work out from the file and the register. */
interface SnapshotImportPlan {
  layout: SnapshotLayout;
  metric: SnapshotMetric;
  channel: ChannelRef | null;
  suggestedStartCount: { date: string; count: number } | null;
  startCountUsed: number | null;
  rows: PlannedRow[];
  problems: ImportProblem[];
  /** Days the register already has a different count for (with totals known), or any count (without). */
  duplicates: SaveCountsResult['duplicates'];
  duplicateDays: number;
}

/**
 * Importing a platform's export (or a date/count table) as one channel's counts. Stateless like
 * the channel import: preview and commit each read the file they are given, so commit saves
 * exactly what the file and the register say at that moment. Preview writes nothing; commit
 * saves every day in one change batch (one undo step) through SnapshotsService.saveCounts, or
 * nothing.
 */
export class SnapshotImportService {
  constructor(
    /** The open register, asked for after the file is read (the user may switch registers meanwhile). */
    private readonly register: () => Register,
    private readonly limits: ImportLimits = { ...IMPORT_LIMITS },
  ) {}

  async preview(input: SnapshotImportPreviewInput): Promise<SnapshotImportPreview> {
    refuseOversizedFile(input);
    const valid = validate(previewSchema, input);
    const read = await this.read(valid);
    const plan = planImport(this.register(), read, valid.channelId ?? null, valid.startCount ?? null);
    return {
      fileName: valid.fileName,
      format: plan.layout.format,
      metric: plan.metric,
      columnsUsed: plan.layout.columnsUsed,
      gainsOnly: plan.layout.gainsOnly,
      suggestedStartCount: plan.suggestedStartCount,
      startCountUsed: plan.startCountUsed,
      firstDate: plan.rows[0]?.date ?? null,
      lastDate: plan.rows[plan.rows.length - 1]?.date ?? null,
      rows: plan.rows.slice(0, PREVIEW_ROWS).map(({ date, gain, total }) => ({ date, gain, total })),
      rowCount: plan.rows.length,
      duplicates: plan.duplicateDays,
      problems: listProblems(plan.problems, this.limits),
    };
  }

  async commit(input: SnapshotImportCommitInput): Promise<SaveCountsResult> {
    refuseOversizedFile(input);
    const valid = validate(commitSchema, input);
    const read = await this.read(valid);
    // From here on everything is synchronous: the register cannot change between plan and write.
    const register = this.register();
    const plan = planImport(register, read, valid.channelId, valid.startCount ?? null);
    const { layout, rows, channel } = plan;
    const format = FORMAT_NAMES[layout.format];

    if (plan.problems.length > 0) {
      const count = plan.problems.length;
      throw snapshotFileError(
        'problems',
        `Niets geïmporteerd: het bestand heeft ${count === 1 ? '1 probleem' : `${count} problemen`}. Verbeter ${count === 1 ? 'het' : 'ze'} en importeer opnieuw.`,
        `Nothing imported: the file has ${count === 1 ? '1 problem' : `${count} problems`}. Correct ${count === 1 ? 'it' : 'them'} and import again.`,
        { problems: listProblems(plan.problems, this.limits), problemCount: count },
      );
    }
    if (layout.gainsOnly && plan.startCountUsed === null) {
      const first = rows[0]!.date;
      throw snapshotFileError(
        'start_count_missing',
        `Niets geïmporteerd: dit bestand (${format.nl}) geeft alleen de groei per dag. Om daar totalen van te maken is het aantal ${plan.metric === 'followers' ? 'volgers' : plan.metric} op het einde van ${dayBefore(first)} nodig, en het register heeft voor '${channel!.name}' geen telling (${plan.metric}) vóór ${first}. Geef dat begintal op.`,
        `Nothing imported: this file (${format.en}) holds only the growth per day. Turning it into totals needs the number of ${plan.metric} at the end of ${dayBefore(first)}, and the register has no count (${plan.metric}) for '${channel!.name}' before ${first}. Give that starting count.`,
        { firstDate: first, metric: plan.metric },
      );
    }

    const empty: SaveCountsResult = { saved: 0, replaced: 0, kept: 0, duplicates: [], flags: [], problems: [], batchId: null };
    const onDuplicate: DuplicateChoice = valid.onDuplicate ?? 'ask';
    // 'ask' writes nothing while any day has another count already: all of them come back at once.
    if (onDuplicate === 'ask' && plan.duplicates.length > 0) return { ...empty, duplicates: plan.duplicates };

    const source = `Import ${valid.fileName} (${format.nl})`.slice(0, 500);
    return register.changeLog.batch((batch) => {
      const result = { ...empty };
      for (const row of rows) {
        const saved = register.snapshots.saveCounts(
          { date: row.date, entries: [{ channelId: channel!.id, metric: plan.metric, count: row.total! }], onDuplicate, source },
          batch,
        );
        result.saved += saved.saved;
        result.replaced += saved.replaced;
        result.kept += saved.kept;
        result.duplicates.push(...saved.duplicates);
        result.flags.push(...saved.flags);
        result.problems.push(...saved.problems.map((problem) => ({ ...problem, row: row.row })));
      }
      if (result.saved + result.replaced > 0) result.batchId = batch.id;
      return result;
    });
  }

  private async read(input: { fileName: string; contentBase64: string }) {
    const file = await readSnapshotFile(input, this.limits);
    return { file, layout: detectLayout(file.sheet, input.fileName) };
  }
}

function planImport(
  register: Register,
  read: Awaited<ReturnType<SnapshotImportService['read']>>,
  channelId: string | null,
  startCount: number | null,
): SnapshotImportPlan {
  const { file, layout } = read;
  const { days, problems } = readDays(layout, file.sheet.format === 'xlsx');
  const channel = channelId === null ? null : findChannel(register, channelId);
  const metric = layout.metric ?? (channel ? channelMetric(channel) : 'followers');
  const firstDate = days[0]?.date ?? null;
  const suggestedStartCount =
    layout.gainsOnly && channel && firstDate ? latestBefore(register, channel.id, metric, firstDate) : null;
  const startCountUsed = layout.gainsOnly ? (startCount ?? suggestedStartCount?.count ?? null) : null;
  const planned = planRows(days, layout, startCountUsed);
  const existing =
    channel && firstDate ? existingCounts(register, channel.id, metric, firstDate, days[days.length - 1]!.date) : new Map();
  const duplicates: SnapshotImportPlan['duplicates'] = [];
  let duplicateDays = 0;
  for (const row of planned.rows) {
    const count = existing.get(row.date);
    if (count === undefined) continue;
    // Without a total the day cannot be compared: any count on that day may be one.
    if (row.total === null) duplicateDays += 1;
    else if (count !== row.total) {
      duplicateDays += 1;
      duplicates.push({ channelId: channel!.id, date: row.date, metric, existing: count, incoming: row.total });
    }
  }
  if (days.length === 0 && problems.length === 0) {
    throw snapshotFileError('no_data', 'Het bestand bevat geen enkele dag.', 'The file holds no day at all.');
  }
  return {
    layout,
    metric,
    channel,
    suggestedStartCount,
    startCountUsed,
    rows: planned.rows,
    problems: [...problems, ...planned.problems].sort((a, b) => a.row - b.row),
    duplicates,
    duplicateDays,
  };
}

function findChannel(register: Register, id: string): ChannelRef {
  const channel = register.db
    .prepare(`SELECT id, name, platform, latest_metric AS latestMetric FROM channels WHERE id = ? AND deleted_at IS NULL`)
    .get(id) as ChannelRef | undefined;
  if (!channel) throw notFound({ nl: 'Kanaal', en: 'Channel' }, id);
  return channel;
}

/** The register's latest count of the channel and metric strictly before `date`: the suggested starting count. */
function latestBefore(register: Register, channelId: string, metric: SnapshotMetric, date: string) {
  const row = register.db
    .prepare(
      `SELECT date, count FROM follower_snapshots
        WHERE channel_id = ? AND metric = ? AND date < ? AND deleted_at IS NULL
        ORDER BY date DESC LIMIT 1`,
    )
    .get(channelId, metric, date) as { date: string; count: number } | undefined;
  return row ?? null;
}

function existingCounts(register: Register, channelId: string, metric: SnapshotMetric, from: string, to: string) {
  const rows = register.db
    .prepare(
      `SELECT date, count FROM follower_snapshots
        WHERE channel_id = ? AND metric = ? AND date BETWEEN ? AND ? AND deleted_at IS NULL`,
    )
    .all(channelId, metric, from, to) as Array<{ date: string; count: number }>;
  return new Map(rows.map((row) => [row.date, row.count]));
}
