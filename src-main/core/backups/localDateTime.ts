const pad = (value: number) => String(value).padStart(2, '0');

/** "25/11/2026 17:30" in this machine's time zone: how the messages name a moment (nl-BE). */
export function formatLocalDateTime(moment: Date | string): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) return String(moment);
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "2026-11-25 17u30": a moment in a file name (no colon, which Windows refuses). */
export function fileNameStamp(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}u${pad(date.getMinutes())}`;
}
