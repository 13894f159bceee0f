import { firstOfTwo, splitByWeights } from './largestRemainder';
import { daysInMonth, firstDayOfMonth } from './monthIndex';

/**
 * Spreads one occurrence's cents over the days it pays for (from..to, UTC day numbers; `month` is
 * the month index of `from`) and sums them per month, rounded by largest remainder so the months
 * add up to the amount exactly; calls `add` once per month. A period inside one month (monthly
 * lines from the 1st, every single-day cost) needs no split, one over two months a light one.
 */
export function spreadOverMonths(
  amount: number,
  from: number,
  to: number,
  month: number,
  add: (month: number, cents: number) => void,
): void {
  const firstMonth = month;
  let nextStart = firstDayOfMonth(month) + daysInMonth(month);
  if (to < nextStart) {
    add(month, amount);
    return;
  }
  if (to < nextStart + daysInMonth(month + 1)) {
    const first = firstOfTwo(amount, nextStart - from, to - nextStart + 1);
    add(month, first);
    add(month + 1, amount - first);
    return;
  }
  const days: number[] = [];
  for (let start = from; start <= to; start = nextStart, month += 1, nextStart += daysInMonth(month)) {
    days.push(Math.min(to, nextStart - 1) - start + 1);
  }
  const parts = splitByWeights(amount, days);
  for (let i = 0; i < parts.length; i += 1) add(firstMonth + i, parts[i]!);
}
