import type { CostLineRow } from '../../../shared/domain/cost';
import type {
  CategoryCostTotal,
  ChannelCostTotal,
  CostYearTotal,
  OrganisationCostTotal,
} from '../../../shared/domain/costOverview';
import { COST_CATEGORY_LABELS, PLATFORM_LABELS, RECURRENCE_LABELS } from '../../../shared/domain/labels';
import { yesNo, type ExportColumn } from './exportColumns';

/** The cost lines of the "Kosten" sheet and the cost-lines CSV, as the cost grid shows them. */
export const COST_LINE_COLUMNS: ExportColumn<CostLineRow>[] = [
  { header: 'Omschrijving', type: 'text', value: (line) => line.description },
  { header: 'Kanaal', type: 'text', value: (line) => line.channelName },
  { header: 'Platform', type: 'text', value: (line) => (line.channelPlatform ? PLATFORM_LABELS[line.channelPlatform].nl : null) },
  { header: 'Organisatie', type: 'text', value: (line) => line.ownerOrganisationName },
  { header: 'Gedeelde kost', type: 'text', value: (line) => yesNo(line.shared) },
  { header: 'Categorie', type: 'text', value: (line) => COST_CATEGORY_LABELS[line.category].nl },
  { header: 'Bedrag', type: 'euro', value: (line) => line.amountCents },
  { header: 'Btw inbegrepen', type: 'text', value: (line) => yesNo(line.vatIncluded) },
  { header: 'Datum', type: 'date', value: (line) => line.startDate },
  { header: 'Einddatum', type: 'date', value: (line) => line.endDate },
  { header: 'Herhaling', type: 'text', value: (line) => RECURRENCE_LABELS[line.recurrence].nl },
  { header: 'Leverancier', type: 'text', value: (line) => line.supplier },
  { header: 'Referentie', type: 'text', value: (line) => line.reference },
  { header: 'Opmerkingen', type: 'text', value: (line) => line.notes },
];

function yearColumns<R extends { byYear: Record<number, number> }>(years: readonly number[]): ExportColumn<R>[] {
  return years.map((year) => ({ header: String(year), type: 'euro', value: (row: R) => row.byYear[year] ?? 0 }));
}

export function channelTotalColumns(years: readonly number[]): ExportColumn<ChannelCostTotal>[] {
  return [
    { header: 'Kanaal', type: 'text', value: (total) => total.channelName },
    { header: 'Platform', type: 'text', value: (total) => PLATFORM_LABELS[total.platform].nl },
    { header: 'Organisatie', type: 'text', value: (total) => total.organisationName },
    ...yearColumns<ChannelCostTotal>(years),
    { header: 'Totaal', type: 'euro', value: (total) => total.totalCents },
  ];
}

export function organisationTotalColumns(years: readonly number[]): ExportColumn<OrganisationCostTotal>[] {
  return [
    { header: 'Organisatie', type: 'text', value: (total) => total.organisationName },
    { header: 'Op haar kanalen', type: 'euro', value: (total) => total.channelCents },
    { header: 'Gedeeld', type: 'euro', value: (total) => total.sharedCents },
    ...yearColumns<OrganisationCostTotal>(years),
    { header: 'Totaal', type: 'euro', value: (total) => total.totalCents },
  ];
}

export function categoryTotalColumns(years: readonly number[]): ExportColumn<CategoryCostTotal>[] {
  return [
    { header: 'Categorie', type: 'text', value: (total) => COST_CATEGORY_LABELS[total.category].nl },
    ...yearColumns<CategoryCostTotal>(years),
    { header: 'Totaal', type: 'euro', value: (total) => total.totalCents },
  ];
}

export const YEAR_TOTAL_COLUMNS: ExportColumn<CostYearTotal>[] = [
  { header: 'Jaar', type: 'year', value: (total) => total.year },
  { header: 'Totaal', type: 'euro', value: (total) => total.totalCents },
  { header: 'Budget', type: 'euro', value: (total) => total.budgetCents },
  { header: 'Verschil (budget - kost)', type: 'euro', value: (total) => total.differenceCents },
];
