/**
 * Euro amounts as people type them, read into integer cents (money is never a float in this
 * app). Accepted: nl-BE "1.234,56", plain "1234.56" and "1234,56", "€ 1.234,56", "1 234,56",
 * "-12,50" (a credit note), "1.234" and "1,234" (a lone separator before exactly three digits
 * groups thousands: a cent amount has at most two decimals, so it cannot be a decimal point;
 * but "0,500" has three decimals and is refused).
 * With both "." and ",", the last one is the decimal separator. Refused: more than two
 * decimals, letters, several signs, amounts beyond MAX_AMOUNT_CENTS.
 */

/** A hundred million euro: far above any channel's cost, far below where doubles lose cents. */
export const MAX_AMOUNT_CENTS = 10_000_000_000;

export type EuroParse = { ok: true; cents: number } | { ok: false; reason: 'empty' | 'format' | 'decimals' | 'too_large' };

export function parseEuro(text: string): EuroParse {
  let value = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/€|eur(o)?$/i, '')
    .replace(/^eur(o)?/i, '');
  if (value === '') return { ok: false, reason: 'empty' };
  let sign = 1;
  if (/^[-−]/.test(value)) {
    sign = -1;
    value = value.slice(1);
  } else if (value.startsWith('+')) {
    value = value.slice(1);
  }
  if (!/^[\d.,]+$/.test(value) || !/\d/.test(value)) return { ok: false, reason: 'format' };

  const lastDot = value.lastIndexOf('.');
  const lastComma = value.lastIndexOf(',');
  let decimalAt = -1;
  if (lastDot >= 0 && lastComma >= 0) {
    decimalAt = Math.max(lastDot, lastComma);
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? '.' : ',';
    const at = Math.max(lastDot, lastComma);
    const occurrences = value.split(separator).length - 1;
    const after = value.length - at - 1;
    // "1.234" / "1,234" / "1.234.567": thousands; "12,5" / "1234.56": decimals. "0,500" is no
    // thousand: a group of thousands never follows a lone 0, so it is an amount with 3 decimals.
    const groupsThousands = occurrences > 1 || (after === 3 && /^[1-9]/.test(value));
    decimalAt = groupsThousands ? -1 : at;
  }
  const integerPart = decimalAt >= 0 ? value.slice(0, decimalAt) : value;
  const decimalPart = decimalAt >= 0 ? value.slice(decimalAt + 1) : '';
  if (/[.,]/.test(decimalPart)) return { ok: false, reason: 'format' };
  if (decimalPart.length > 2) return { ok: false, reason: 'decimals' };
  // Thousands separators must group by three: "1.23.4" is a typo, not a number.
  if (integerPart !== '' && !/^[1-9]\d{0,2}([.,]\d{3})*$|^\d+$/.test(integerPart)) return { ok: false, reason: 'format' };
  const digits = integerPart.replace(/[.,]/g, '');
  if (digits === '' && decimalPart === '') return { ok: false, reason: 'format' };
  const cents = Number(digits === '' ? '0' : digits) * 100 + Number(decimalPart.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents) || cents > MAX_AMOUNT_CENTS) return { ok: false, reason: 'too_large' };
  return { ok: true, cents: sign * cents === 0 ? 0 : sign * cents };
}

/** Why an amount was refused, in both languages, for cell and import messages. */
export const EURO_PARSE_MESSAGES: Record<Exclude<EuroParse, { ok: true }>['reason'], { nl: string; en: string }> = {
  empty: { nl: 'Het bedrag mag niet leeg zijn.', en: 'The amount must not be empty.' },
  format: {
    nl: 'Het bedrag is geen getal in euro (bv. 1.234,56 of 1234.56).',
    en: 'The amount is not a number in euro (e.g. 1.234,56 or 1234.56).',
  },
  decimals: { nl: 'Een bedrag heeft hoogstens twee cijfers na de komma.', en: 'An amount has at most two decimals.' },
  too_large: { nl: 'Het bedrag is te groot.', en: 'The amount is too large.' },
};

/** 123456 -> "1234,56" (what an editor starts from: no thousands dots, so it reads back as typed). */
export function centsToEditText(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)},${String(absolute % 100).padStart(2, '0')}`;
}
