/** nl-BE display formats; files and the database keep ISO and plain numbers. */

const numberFormat = new Intl.NumberFormat('nl-BE');
const euroFormat = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });

/** 1234 -> "1.234" */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** 123456 cents -> "€ 1.234,56" */
export function formatEuroCents(cents: number): string {
  return euroFormat.format(cents / 100);
}

/** "2014-09-02" -> "02/09/2014"; anything else is shown as it is. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "2026-11-25T13:05:00.000Z" -> "25/11/2026 14:05" in the user's time zone. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
