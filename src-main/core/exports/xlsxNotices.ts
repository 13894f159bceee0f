import type { ExportDataset } from './exportDataset';

/** What a register of made-up counts says at the top of every sheet (a copied sheet keeps it). */
export const FICTITIOUS_NOTICE =
  'Fictief register: de tellingen zijn verzonnen voor demonstraties, niet gemeten. Gebruik deze cijfers niet als feiten.';

export function datasetNotices(dataset: ExportDataset): string[] {
  return dataset.fictitious ? [FICTITIOUS_NOTICE] : [];
}

/**
 * Sheet names as Excel accepts them: at most 31 characters, none of \ / ? * [ ] : ("Twitter / X"
 * becomes "Twitter - X").
 */
export function sheetName(label: string): string {
  return label
    .replace(/\s*[\\/?*[\]:]\s*/g, ' - ')
    .slice(0, 31)
    .trim();
}
