import { addDays } from './days';

export type Granularity = 'month' | 'quarter' | 'year';

export interface PeriodBucket {
  /** "2014-09", "2014-Q3" or "2014". */
  period: string;
  start: string;
  end: string;
}

/**
 * The months, quarters or years that [from, to] touches, each clipped to the range: a range
 * from 15 January shows January's growth from the 15th, so the bars add up to the growth over
 * exactly the chosen range.
 */
export function periodBuckets(granularity: Granularity, from: string, to: string): PeriodBucket[] {
  const buckets: PeriodBucket[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7)); // 1-12
  const step = granularity === 'month' ? 1 : granularity === 'quarter' ? 3 : 12;
  if (granularity === 'quarter') month = Math.floor((month - 1) / 3) * 3 + 1;
  if (granularity === 'year') month = 1;
  for (;;) {
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    if (start > to) break;
    const nextMonth = month + step;
    const next =
      nextMonth > 12
        ? `${year + 1}-${String(nextMonth - 12).padStart(2, '0')}-01`
        : `${year}-${String(nextMonth).padStart(2, '0')}-01`;
    const end = addDays(next, -1);
    const period =
      granularity === 'month' ? start.slice(0, 7) : granularity === 'quarter' ? `${year}-Q${(month - 1) / 3 + 1}` : String(year);
    buckets.push({ period, start: start < from ? from : start, end: end > to ? to : end });
    year = Number(next.slice(0, 4));
    month = Number(next.slice(5, 7));
  }
  return buckets;
}
