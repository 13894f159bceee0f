import { neutraliseFormula } from './formulaInjection';

/**
 * Every text an export writes into a spreadsheet cell passes through here: neutralised when it
 * would be read as a formula, and counted, so the export can tell the user how many texts it
 * had to write differently (PreparedExport.neutralisedCells).
 */
export class TextCells {
  neutralised = 0;

  text(value: string): string {
    const safe = neutraliseFormula(value);
    if (safe !== value) this.neutralised += 1;
    return safe;
  }
}
