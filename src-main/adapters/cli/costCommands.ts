import type { CostImportField, CostImportPreview, CostImportResult } from '../../../shared/domain/costImport';
import type { AllocationMode, CostOverview } from '../../../shared/domain/costOverview';
import { ALLOCATION_LABELS, COST_CATEGORY_LABELS, PLATFORM_LABELS } from '../../../shared/domain/labels';
import { plural, type Call, type CliIo } from './cliSupport';
import { formatImportPreview, runSpreadsheetImport, type ImportArgs } from './spreadsheetImport';

const FIELD_NAMES: Record<CostImportField, string> = {
  description: 'omschrijving / description',
  channel: 'kanaal / channel',
  organisation: 'organisatie / organisation',
  category: 'categorie / category',
  amount: 'bedrag / amount',
  vatIncluded: 'btw inbegrepen / VAT included',
  startDate: 'datum / date',
  endDate: 'einddatum / end date',
  recurrence: 'herhaling / recurrence',
  supplier: 'leverancier / supplier',
  reference: 'referentie / reference',
  notes: 'opmerkingen / notes',
};

const euroFormat = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });

/** 123456 -> "€ 1.234,56", with a plain space (a terminal, a grep, a mail). */
function euro(cents: number): string {
  return euroFormat.format(cents / 100).replace(/[\u00a0\u202f]/g, ' ');
}

/** `import-costs`: a finance list as cost lines; channels and organisations must exist, nothing else is created. */
export function importCosts(args: ImportArgs, call: Call, io: CliIo): Promise<number> {
  return runSpreadsheetImport<CostImportField, CostImportPreview, CostImportResult>(args, call, io, {
    preview: (input) => call('imports.costs.preview', input),
    commit: (input) => call('imports.costs.commit', input),
    report: (preview) => [
      ...formatImportPreview(preview, FIELD_NAMES),
      `Totaal van de rijen zonder problemen / total of the rows without problems: ${euro(preview.validAmountCents)}`,
    ],
    nouns: { nl: ['kostenlijn', 'kostenlijnen'], en: ['cost line', 'cost lines'] },
    done: (result) =>
      `Geïmporteerd: ${plural(result.created, 'kostenlijn', 'kostenlijnen')}; ${plural(result.skipped, 'rij', 'rijen')} overgeslagen. Eén ongedaan-maakstap: ${result.batchId ?? '-'}\n` +
      `Imported: ${plural(result.created, 'cost line', 'cost lines')}; ${plural(result.skipped, 'row', 'rows')} skipped. One undo step: ${result.batchId ?? '-'}`,
  });
}

export interface CostsArgs {
  db: string;
  fromYear: number;
  toYear: number;
  allocation: AllocationMode | undefined;
  json: boolean;
}

/** `costs`: the same overview as the "Kosten" page, as text (nl-BE amounts) or as JSON. */
export async function showCosts(args: CostsArgs, call: Call, io: CliIo): Promise<number> {
  await call('register.open', { path: args.db });
  const overview = await call('costs.overview', {
    fromYear: args.fromYear,
    toYear: args.toYear,
    ...(args.allocation !== undefined && { allocation: args.allocation }),
  });
  if (args.json) io.out(JSON.stringify(overview, null, 2));
  else for (const line of formatOverview(overview)) io.out(line);
  return 0;
}

/** "Aanmaak (Creation)": labels may hold a slash themselves ("Licentie / tool"), so the English goes in brackets. */
function both(label: { nl: string; en: string }): string {
  return label.nl === label.en ? label.nl : `${label.nl} (${label.en})`;
}

/** Label and amount per line, amounts right-aligned in one column. */
function table(rows: Array<{ label: string; cents: number; note?: string }>): string[] {
  const labelWidth = Math.min(50, Math.max(0, ...rows.map((row) => row.label.length)));
  const amountWidth = Math.max(0, ...rows.map((row) => euro(row.cents).length));
  return rows.map(({ label, cents, note }) =>
    `  ${label.padEnd(labelWidth)}  ${euro(cents).padStart(amountWidth)}${note ? `  (${note})` : ''}`.trimEnd(),
  );
}

function formatOverview(overview: CostOverview): string[] {
  const years = overview.fromYear === overview.toYear ? `${overview.fromYear}` : `${overview.fromYear}–${overview.toYear}`;
  const lines = [
    `Kosten / costs ${years}; lopende kosten tot / running costs up to ${overview.asOf}; verdeling / allocation: ${both(ALLOCATION_LABELS[overview.allocation])}`,
    `Totaal / total: ${euro(overview.totalCents)}`,
    'Per jaar / by year:',
    ...table(
      overview.years.map((year) => ({
        label: String(year.year),
        cents: year.totalCents,
        ...(year.budgetCents !== null && {
          note: `budget ${euro(year.budgetCents)}, verschil / difference ${euro(year.differenceCents ?? 0)}`,
        }),
      })),
    ),
    'Per categorie / by category:',
  ];
  const categories = overview.byCategory.filter((category) => category.totalCents !== 0);
  lines.push(
    ...(categories.length > 0
      ? table(
          categories.map((category) => ({ label: both(COST_CATEGORY_LABELS[category.category]), cents: category.totalCents })),
        )
      : ['  -']),
  );
  lines.push('Per kanaal / by channel:');
  const channels = overview.byChannel.filter((channel) => channel.totalCents !== 0);
  lines.push(
    ...(channels.length > 0
      ? table(
          channels.map((channel) => ({
            label: `${channel.channelName} (${PLATFORM_LABELS[channel.platform].nl}${channel.organisationName ? `, ${channel.organisationName}` : ''})`,
            cents: channel.totalCents,
            ...(channel.allocatedCents !== 0 && {
              note: `rechtstreeks / direct ${euro(channel.directCents)}, verdeeld / allocated ${euro(channel.allocatedCents)}`,
            }),
          })),
        )
      : ['  -']),
  );
  if (overview.unallocatedCents !== 0) {
    lines.push(`Gedeelde kosten, niet verdeeld / shared costs, not allocated: ${euro(overview.unallocatedCents)}`);
  }
  if (overview.allocationFallback.length > 0) {
    lines.push(
      `Gelijk verdeeld bij gebrek aan tellingen / divided equally for want of counts: ${overview.allocationFallback.map((o) => o.organisationName).join(', ')}`,
    );
  }
  lines.push(`Kanalen zonder gekende kost / channels without known cost: ${overview.unknownCost.length}`);
  return lines;
}
