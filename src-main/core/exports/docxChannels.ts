import { Paragraph, TextRun, type ParagraphChild, type Table } from 'docx';
import { dataTable, heading, link, paragraph, type TableColumn, type TableRowContent } from './docxBlocks';
import { formatCount, formatShortDate, formatSignedCount } from './docxFormat';
import { CONTENT_WIDTH } from './docxStyles';
import type { ExportChannel, ExportDataset, PlatformGroup } from './exportDataset';

/**
 * The channel overview of the note, grouped by platform as in the 2014 decision: the city's own
 * channels first, then the partner projects. Once as the decision's list (for the text of the
 * note) and once as tables (for the annex, or to paste into the city's own template).
 */

const PARTNERS = 'Partnerprojecten';
const NONE = '–';

/** "3.107 likes", or null without a count on or before the period's end. */
function countText(channel: ExportChannel): string | null {
  if (!channel.countAtTo) return null;
  const unit = channel.latestMetricLabel ? ` ${channel.latestMetricLabel}` : '';
  return `${formatCount(channel.countAtTo.count)}${unit}`;
}

/** "Stadsbestuur Mechelen: https://www.facebook.com/StadMechelen (3.107 likes)", the address a link. */
function listLine(channel: ExportChannel): Paragraph {
  const address = channel.url ?? channel.handle;
  const count = countText(channel);
  const children: ParagraphChild[] = [new TextRun(channel.name)];
  if (address) children.push(new TextRun(': '), channel.url ? link(channel.url) : new TextRun(address));
  if (count) children.push(new TextRun(` (${count})`));
  return new Paragraph({ children, spacing: { after: 40 } });
}

function groupsWithChannels(dataset: ExportDataset): PlatformGroup[] {
  return dataset.byPlatform.filter((group) => group.cityChannels.length + group.partnerChannels.length > 0);
}

function channelCount(group: PlatformGroup): number {
  return group.cityChannels.length + group.partnerChannels.length;
}

/** The list form, per platform: a heading, the city's lines, then "Partnerprojecten" and theirs. */
export function channelList(dataset: ExportDataset): Paragraph[] {
  const groups = groupsWithChannels(dataset);
  if (groups.length === 0) return [paragraph([new TextRun('Er zijn geen kanalen in deze selectie.')])];
  const blocks: Paragraph[] = [
    paragraph([
      new TextRun(
        `Overzicht van de kanalen per platform (selectie: ${dataset.selectionLabel}; laatste telling op of vóór ${formatShortDate(dataset.to)}).`,
      ),
    ]),
  ];
  for (const group of groups) {
    blocks.push(heading(group.platformLabel, 4));
    blocks.push(...group.cityChannels.map(listLine));
    if (group.partnerChannels.length > 0) {
      blocks.push(paragraph([new TextRun({ text: `${PARTNERS}:`, bold: true })], { keepNext: true }));
      blocks.push(...group.partnerChannels.map(listLine));
    }
  }
  return blocks;
}

/** Weights in twips of the landscape page; sized for DejaVu Sans (wider than Calibri) so dates and statuses never break. */
const TABLE_COLUMNS: TableColumn[] = [
  { title: 'Naam', weight: 2200 },
  { title: 'Organisatie', weight: 2000 },
  { title: 'Adres', weight: 2920 },
  { title: 'Verantwoordelijke', weight: 2250 },
  { title: 'Status', weight: 1400 },
  { title: 'Laatste telling', weight: 1500, numeric: true },
  { title: 'Datum', weight: 1300, numeric: true },
  { title: 'Groei', weight: 1000, numeric: true },
];

function tableRow(channel: ExportChannel): TableRowContent {
  return {
    cells: [
      channel.name,
      channel.organisationName ?? NONE,
      channel.url ? { url: channel.url } : (channel.handle ?? NONE),
      channel.responsibleName ?? NONE,
      channel.statusLabel,
      countText(channel) ?? NONE,
      channel.countAtTo ? formatShortDate(channel.countAtTo.date) : NONE,
      channel.growth === null ? NONE : formatSignedCount(channel.growth),
    ],
  };
}

/** A table per platform (in the landscape annex): heading, city rows, a "Partnerprojecten" row, partner rows. */
export function channelTables(dataset: ExportDataset): Array<Paragraph | Table> {
  const groups = groupsWithChannels(dataset);
  const blocks: Array<Paragraph | Table> = [
    heading('Kanalen per platform', 2),
    paragraph([
      new TextRun(
        `Laatste telling: de laatste telling op of vóór ${formatShortDate(dataset.to)}. ` +
          `Groei: het verschil met de laatste telling op of vóór ${formatShortDate(dataset.from)}, in dezelfde eenheid.`,
      ),
    ]),
  ];
  if (groups.length === 0) blocks.push(paragraph([new TextRun('Er zijn geen kanalen in deze selectie.')]));
  for (const group of groups) {
    const count = channelCount(group);
    blocks.push(heading(`${group.platformLabel} (${count} ${count === 1 ? 'kanaal' : 'kanalen'})`, 3));
    const rows: TableRowContent[] = group.cityChannels.map(tableRow);
    if (group.partnerChannels.length > 0) rows.push({ group: PARTNERS }, ...group.partnerChannels.map(tableRow));
    blocks.push(dataTable(TABLE_COLUMNS, rows, CONTENT_WIDTH.landscape));
  }
  return blocks;
}
