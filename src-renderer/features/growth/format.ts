import { formatNumber } from '../../format/nlBE';

/** Growth figures in nl-BE: signed numbers and percentages with a decimal comma. */

const oneDecimal = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** 1234 -> "+1.234", -56 -> "−56", 0 -> "0". */
export function formatSigned(value: number): string {
  if (value > 0) return `+${formatNumber(value)}`;
  if (value < 0) return `−${formatNumber(Math.abs(value))}`;
  return '0';
}

/** 12.345 -> "+12,3 %". */
export function formatPercent(value: number): string {
  const text = `${oneDecimal.format(Math.abs(value))} %`;
  if (value > 0) return `+${text}`;
  if (value < 0) return `−${text}`;
  return text;
}

/** An index value (start = 100) with one decimal: "104,2". */
export function formatIndex(value: number): string {
  return oneDecimal.format(value);
}

/** Rounds for display: counts are whole numbers, indexes one decimal. */
export function formatValue(value: number, indexed: boolean): string {
  return indexed ? formatIndex(value) : formatNumber(Math.round(value));
}
