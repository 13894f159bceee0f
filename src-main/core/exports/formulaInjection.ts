/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a text that starts with =, +, -, @,
 * a tab or a carriage return is read by Excel and LibreOffice as a formula when the file is
 * opened or a cell is edited, so a channel named `=HYPERLINK("http://x","y")` would become a
 * link to somewhere else. Every text cell of every export goes through here; numbers and
 * dates are written as real numbers and dates and never need it.
 *
 * The neutralised text gets a leading apostrophe, as OWASP recommends: both programs show it
 * as text, and the original is still readable.
 *
 * Leading spaces (also non-breaking ones and line feeds) before a trigger count too: Excel reads
 * " =1+1" as text, but an import that trims spaces (LibreOffice's "Trim spaces" CSV option)
 * hands "=1+1" to the formula parser. The apostrophe costs one character, so the rule errs on
 * the safe side. Full-width signs (＝) are left alone: neither program reads them as a formula.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);
const LEADING_SPACE = /^[ \u00a0\n]+/;

export function isFormulaLike(text: string): boolean {
  if (text.length === 0) return false;
  if (TRIGGERS.has(text[0]!)) return true;
  const rest = text.replace(LEADING_SPACE, '');
  return rest.length > 0 && rest !== text && TRIGGERS.has(rest[0]!);
}

export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
