import type { ChannelKind, ChannelStatus, Platform } from '../../../shared/domain/channel';
import type { CostLineRow } from '../../../shared/domain/cost';
import type { CostOverview } from '../../../shared/domain/costOverview';
import type { OrganisationKind } from '../../../shared/domain/organisation';
import type { SnapshotMetric } from '../../../shared/domain/snapshot';

/**
 * Everything an export shows, read once from the register (readExportDataset.ts) and handed to
 * the format writers (xlsx, csv, docx), so the three formats can never disagree on a number.
 * Plain data: labels are resolved to Dutch here (the college reads Dutch), dates stay ISO and
 * the writers format them for their medium.
 */
export interface ExportChannel {
  id: string;
  name: string;
  kind: ChannelKind;
  platform: Platform;
  /** "Facebook", "Twitter / X", ... */
  platformLabel: string;
  organisationName: string | null;
  organisationKind: OrganisationKind | null;
  /** "Stadsdienst", "AGB", "EVA", "Partnerproject", ... */
  organisationKindLabel: string | null;
  handle: string | null;
  url: string | null;
  responsibleName: string | null;
  status: ChannelStatus | null;
  /** "Actief", ..., "Niet beoordeeld" */
  statusLabel: string;
  latestCount: number | null;
  latestMetric: SnapshotMetric | null;
  /** "likes", "volgers", ... */
  latestMetricLabel: string | null;
  latestDate: string | null;
  /** In the channel's latest metric: the latest count on or before `from`, and on or before `to`. */
  countAtFrom: { date: string; count: number } | null;
  countAtTo: { date: string; count: number } | null;
  /** countAtTo - countAtFrom; null when either is missing, or nothing was counted after `from` (an old count is not "growth 0"). */
  growth: number | null;
  /** Known cost per calendar year of the period (direct + nothing allocated), from costs.overview. */
  costByYear: Record<number, number>;
  /** Sum of costByYear; null when the channel has no cost line at all ("kosten onbekend"). */
  knownCostCents: number | null;
  /** The counts dated from..to in the channel's latest metric, oldest first (the Groei sheet, the Word chart). */
  countsInPeriod: ExportCount[];
}

export interface ExportCount {
  date: string;
  count: number;
}

/** A recommendation of the review (issue 7); the Word note shows "Aanbevelingen" only when there are any. */
export interface ExportRecommendation {
  title: string;
  text: string;
  /** The workbook's "Aanbevelingen" columns (the review fills them; the note shows title and text). */
  details?: {
    ruleTitle: string;
    channelNames: string[];
    organisationName: string | null;
    ownerName: string | null;
    dueDate: string | null;
    done: boolean;
  };
}

/** The seed's order: per platform, the city's own channels first, then the partner projects. */
export interface PlatformGroup {
  platform: Platform;
  platformLabel: string;
  /** Organisation kind stadsdienst, agb, eva, other, or none. */
  cityChannels: ExportChannel[];
  /** Organisation kind partnerproject. */
  partnerChannels: ExportChannel[];
}

export interface ExportDataset {
  /** Register file name without extension, for titles. */
  registerName: string;
  /** The register holds made-up demonstration counts: every export says so on its first page/sheet. */
  fictitious: boolean;
  generatedAt: string;
  from: string;
  to: string;
  /** Calendar years from..to, for cost columns. */
  years: number[];
  /** Which channels: "Alle kanalen", the saved view's name, or "Huidige selectie". */
  selectionLabel: string;
  /** In the order of the query (or the grid's default order). */
  channels: ExportChannel[];
  byPlatform: PlatformGroup[];
  costLines: CostLineRow[];
  costOverview: CostOverview;
  /** Filled by the review (issue 7); absent or empty until then. */
  recommendations?: ExportRecommendation[];
}
