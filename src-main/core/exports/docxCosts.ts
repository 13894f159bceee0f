import { TextRun, type Paragraph, type Table } from 'docx';
import { COST_CATEGORIES } from '../../../shared/domain/cost';
import { COST_CATEGORY_LABELS } from '../../../shared/domain/labels';
import { dataTable, heading, paragraph, type TableColumn, type TableRowContent } from './docxBlocks';
import { formatEuroCents } from './docxFormat';
import { CONTENT_WIDTH } from './docxStyles';
import type { ExportDataset } from './exportDataset';

/**
 * The cost overview of the annex: the register's known costs per year and category (with the
 * register's budget where there is one), per channel of the selection, budgets against actual
 * cost, and how many channels have no known cost at all. Money is formatted as nl-BE euro.
 */

/** More year columns than this do not fit the page next to the names; the table then shows totals only. */
const MAX_YEAR_COLUMNS = 6;
const NONE = '–';

function yearsLabel(years: number[]): string {
  return years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
}

function euro(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? NONE : formatEuroCents(cents);
}

/** Rows per year, a column per category that has any money, the total, and budget and difference when there are budgets. */
function yearTable(dataset: ExportDataset): Table {
  const overview = dataset.costOverview;
  const categories = COST_CATEGORIES.filter((category) => overview.years.some((year) => year.byCategory[category] !== 0));
  const withBudget = overview.years.some((year) => year.budgetCents !== null);
  const columns: TableColumn[] = [
    { title: 'Jaar', weight: 60 },
    ...categories.map((category) => ({ title: COST_CATEGORY_LABELS[category].nl, weight: 100, numeric: true })),
    { title: 'Totaal', weight: 100, numeric: true },
    ...(withBudget
      ? [
          { title: 'Budget', weight: 100, numeric: true },
          { title: 'Verschil (budget – werkelijk)', weight: 110, numeric: true },
        ]
      : []),
  ];
  const rows: TableRowContent[] = overview.years.map((year) => ({
    cells: [
      String(year.year),
      ...categories.map((category) => euro(year.byCategory[category])),
      euro(year.totalCents),
      ...(withBudget ? [euro(year.budgetCents), euro(year.differenceCents)] : []),
    ],
  }));
  if (overview.years.length > 1) {
    rows.push({
      bold: true,
      cells: [
        'Totaal',
        ...categories.map((category) => euro(overview.byCategory.find((total) => total.category === category)?.totalCents ?? 0)),
        euro(overview.totalCents),
      ],
    });
  }
  return dataTable(columns, rows, CONTENT_WIDTH.landscape);
}

/** The channels of the selection with a cost line, largest total first. */
function channelTable(dataset: ExportDataset): Table | null {
  const costed = dataset.channels
    .filter((channel) => channel.knownCostCents !== null)
    .sort((a, b) => b.knownCostCents! - a.knownCostCents! || a.name.localeCompare(b.name, 'nl'));
  if (costed.length === 0) return null;
  const years = dataset.years.length <= MAX_YEAR_COLUMNS ? dataset.years : [];
  const columns: TableColumn[] = [
    { title: 'Kanaal', weight: 260 },
    { title: 'Organisatie', weight: 220 },
    { title: 'Platform', weight: 120 },
    ...years.map((year) => ({ title: String(year), weight: 110, numeric: true })),
    { title: 'Totaal', weight: 120, numeric: true },
  ];
  const rows: TableRowContent[] = costed.map((channel) => ({
    cells: [
      channel.name,
      channel.organisationName ?? NONE,
      channel.platformLabel,
      ...years.map((year) => euro(channel.costByYear[year] ?? 0)),
      euro(channel.knownCostCents),
    ],
  }));
  return dataTable(columns, rows, CONTENT_WIDTH.landscape);
}

function budgetTable(dataset: ExportDataset): Table | null {
  const budgets = dataset.costOverview.budgets;
  if (budgets.length === 0) return null;
  const columns: TableColumn[] = [
    { title: 'Jaar', weight: 60 },
    { title: 'Budget voor', weight: 260 },
    { title: 'Categorie', weight: 160 },
    { title: 'Budget', weight: 110, numeric: true },
    { title: 'Werkelijk', weight: 110, numeric: true },
    { title: 'Verschil (budget – werkelijk)', weight: 130, numeric: true },
  ];
  const rows: TableRowContent[] = budgets.map((budget) => ({
    cells: [
      String(budget.year),
      budget.scope === 'register' ? 'Hele register' : (budget.scopeName ?? NONE),
      budget.category ? COST_CATEGORY_LABELS[budget.category].nl : 'Alle categorieën',
      euro(budget.budgetCents),
      euro(budget.actualCents),
      euro(budget.differenceCents),
    ],
  }));
  return dataTable(columns, rows, CONTENT_WIDTH.landscape);
}

export function costBlocks(dataset: ExportDataset): Array<Paragraph | Table> {
  const period = yearsLabel(dataset.years);
  const overview = dataset.costOverview;
  const unknown = dataset.channels.filter((channel) => channel.knownCostCents === null).length;
  const blocks: Array<Paragraph | Table> = [
    heading('Kosten', 2),
    paragraph([
      new TextRun(
        `Gekende kosten in ${period}, in het hele register: ${formatEuroCents(overview.totalCents)}. ` +
          `Kosten onbekend: voor ${unknown} van de ${dataset.channels.length} kanalen in deze selectie is geen enkele kost ingevoerd.`,
      ),
    ]),
  ];
  blocks.push(heading(`Kosten per jaar en categorie (hele register)`, 3));
  blocks.push(
    overview.years.some((year) => year.totalCents !== 0 || year.budgetCents !== null)
      ? yearTable(dataset)
      : paragraph([new TextRun(`Er zijn geen kosten ingevoerd voor ${period}.`)]),
  );
  blocks.push(heading('Kosten per kanaal', 3));
  const channels = channelTable(dataset);
  blocks.push(channels ?? paragraph([new TextRun('Geen enkel kanaal in deze selectie heeft een ingevoerde kost.')]));
  if (channels && dataset.years.length > MAX_YEAR_COLUMNS) {
    blocks.push(
      paragraph([new TextRun(`Per kanaal staat enkel het totaal van ${period}; de Excel-export geeft elk jaar apart.`)]),
    );
  }
  blocks.push(heading('Budget tegenover werkelijke kosten', 3));
  blocks.push(budgetTable(dataset) ?? paragraph([new TextRun(`Er is geen budget ingevoerd voor ${period}.`)]));
  return blocks;
}
