import { textWidth } from '../../../components/charts/exportChart';

const axisFormat = new Intl.NumberFormat('nl-BE', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});

/** Euro on an axis, nl-BE, without needless cents: 1234 -> "€ 1.234", 0.5 -> "€ 0,5". */
export function formatEuroAxis(euro: number): string {
  return axisFormat.format(euro);
}

/**
 * How wide the value axis must be for its longest label. The axis rounds its top up to a "nice"
 * value, at most a few times the largest bar; measuring ten times that leaves room for the extra digit.
 */
export function euroAxisWidth(maxEuro: number): number {
  return Math.ceil(textWidth(formatEuroAxis(Math.max(maxEuro, 1) * 10), 12)) + 14;
}
