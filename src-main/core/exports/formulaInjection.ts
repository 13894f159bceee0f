/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a text that starts with =, +, -, @,
 * a tab or a carriage return is read by Excel and LibreOffice as a formula when the file is
 * opened or a cell is edited, so a channel named `=HYPERLINK("http://x","y")` would become a
 * link to somewhere else. Every text cell of every export goes through here; numbers and
 * dates are written as real numbers and dates and never need it.
 *
 * The neutralised text gets a leading apostrophe, as OWASP recommends: both programs show it
 * as text, and the original is still readable.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export function isFormulaLike(text: string): boolean {
  return text.length > 0 && TRIGGERS.has(text[0]!);
}

export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
