/** A count that fell by more than this share of the previous one is saved, but flagged for a second look. */
export const IMPLAUSIBLE_DROP_SHARE = 0.5;

const nl = new Intl.NumberFormat('nl-BE');
const en = new Intl.NumberFormat('en-GB');

/**
 * People unfollow, so a lower count is normal; losing more than half of the audience between two
 * counts rarely is (a typo, another metric, a different account). Returns the messages, or null.
 */
export function implausibleDrop(previous: number, count: number): { message: string; messageEn: string } | null {
  if (previous <= 0 || count >= previous * (1 - IMPLAUSIBLE_DROP_SHARE)) return null;
  const pct = Math.round(((previous - count) / previous) * 100);
  return {
    message: `Daling van meer dan 50 %: van ${nl.format(previous)} naar ${nl.format(count)} (−${pct} %). Controleer deze telling.`,
    messageEn: `Drop of more than 50%: from ${en.format(previous)} to ${en.format(count)} (−${pct}%). Please check this count.`,
  };
}
