import { COST_CATEGORIES, type CostCategory } from '../../../../shared/domain/cost';
import type { CostOverview, CostYearTotal } from '../../../../shared/domain/costOverview';
import type { ExportChannel, ExportDataset } from '../../../../src-main/core/exports/exportDataset';

/**
 * Datasets built by hand for the Word writer's unit tests: the cases a register rarely has
 * (fictitious, recommendations, no counts, strange names). The sample register's own dataset is
 * tested through readExportDataset in tests/integration/exports/docxNote.test.ts.
 */

let sequence = 0;

export function channel(fields: Partial<ExportChannel> & Pick<ExportChannel, 'name'>): ExportChannel {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    kind: 'social',
    platform: 'facebook',
    platformLabel: 'Facebook',
    organisationName: 'Stad Mechelen',
    organisationKind: 'stadsdienst',
    organisationKindLabel: 'Stadsdienst',
    handle: null,
    url: null,
    responsibleName: null,
    status: 'active',
    statusLabel: 'Actief',
    latestCount: null,
    latestMetric: null,
    latestMetricLabel: null,
    latestDate: null,
    countAtFrom: null,
    countAtTo: null,
    growth: null,
    costByYear: {},
    knownCostCents: null,
    countsInPeriod: [],
    ...fields,
  };
}

function categories(cents: Partial<Record<CostCategory, number>> = {}): Record<CostCategory, number> {
  return Object.fromEntries(COST_CATEGORIES.map((category) => [category, cents[category] ?? 0])) as Record<CostCategory, number>;
}

function emptyOverview(years: number[]): CostOverview {
  const yearTotals: CostYearTotal[] = years.map((year) => ({
    year,
    totalCents: 0,
    byCategory: categories(),
    budgetCents: null,
    differenceCents: null,
  }));
  return {
    fromYear: years[0]!,
    toYear: years[years.length - 1]!,
    asOf: `${years[years.length - 1]}-12-31`,
    allocation: 'none',
    allocationFallback: [],
    totalCents: 0,
    unallocatedCents: 0,
    years: yearTotals,
    byCategory: [],
    byChannel: [],
    byOrganisation: [],
    byPlatform: [],
    budgets: [],
    unknownCost: [],
  };
}

/** A dataset of the given channels over 2025, every channel of the city (platforms in the order given). */
export function dataset(channels: ExportChannel[], fields: Partial<ExportDataset> = {}): ExportDataset {
  const platforms = [...new Set(channels.map((c) => c.platform))];
  return {
    registerName: 'Testregister',
    fictitious: false,
    generatedAt: '2026-01-02T09:00:00.000Z',
    from: '2025-01-01',
    to: '2025-12-31',
    years: [2025],
    selectionLabel: 'Alle kanalen',
    channels,
    byPlatform: platforms.map((platform) => ({
      platform,
      platformLabel: channels.find((c) => c.platform === platform)!.platformLabel,
      cityChannels: channels.filter((c) => c.platform === platform && c.organisationKind !== 'partnerproject'),
      partnerChannels: channels.filter((c) => c.platform === platform && c.organisationKind === 'partnerproject'),
    })),
    costLines: [],
    costOverview: emptyOverview([2025]),
    ...fields,
  };
}

/** Budgets and costs in two categories, for the cost tables. */
export function overviewWithBudget(): CostOverview {
  const overview = emptyOverview([2025]);
  overview.years[0] = {
    year: 2025,
    totalCents: 123_456,
    byCategory: categories({ hosting: 23_456, advertising: 100_000 }),
    budgetCents: 200_000,
    differenceCents: 76_544,
  };
  overview.totalCents = 123_456;
  overview.byCategory = [
    { category: 'hosting', totalCents: 23_456, byYear: { 2025: 23_456 } },
    { category: 'advertising', totalCents: 100_000, byYear: { 2025: 100_000 } },
  ];
  overview.budgets = [
    {
      budgetId: '00000000-0000-4000-8000-100000000001',
      year: 2025,
      scope: 'register',
      scopeId: null,
      scopeName: null,
      category: null,
      budgetCents: 200_000,
      actualCents: 123_456,
      differenceCents: 76_544,
    },
  ];
  return overview;
}
