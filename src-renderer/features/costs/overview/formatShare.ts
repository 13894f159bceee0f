const percent = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** A part of a total as "37,5 %"; an empty string when the total is zero (no share to speak of). */
export function formatShare(part: number, total: number): string {
  return total === 0 ? '' : `${percent.format((part / total) * 100)} %`;
}
