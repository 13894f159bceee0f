import { parseEuro } from '../../../shared/domain/money';
import { reviewSettingsSchema, type ReviewSettings } from '../../../shared/domain/review';

/** The settings form's fields as typed: numbers and the domain list stay text until saved. */
export interface SettingsDraft {
  referenceDate: string | null;
  dormantMonths: string;
  notReviewedMonths: string;
  smallAudience: string;
  maxCostPerFollowerEuro: string;
  cityDomains: string;
  disabledRules: ReviewSettings['disabledRules'];
}

export function draftFromSettings(settings: ReviewSettings): SettingsDraft {
  return {
    referenceDate: settings.referenceDate,
    dormantMonths: String(settings.dormantMonths),
    notReviewedMonths: String(settings.notReviewedMonths),
    smallAudience: String(settings.smallAudience),
    maxCostPerFollowerEuro: (settings.maxCostPerFollowerCents / 100).toFixed(2).replace('.', ','),
    cityDomains: settings.cityDomains.join('\n'),
    disabledRules: settings.disabledRules,
  };
}

/** Euro as typed in Belgium ("1,50", "€ 1.234,56") to cents; NaN when it is no amount, so the schema refuses it. */
function euroToCents(text: string): number {
  const parsed = parseEuro(text);
  return parsed.ok ? parsed.cents : Number.NaN;
}

/** A whole number as typed; NaN for anything else (an emptied field must not become 0). */
function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** The settings to save, or null when a field does not hold what the schema asks. */
export function settingsFromDraft(draft: SettingsDraft): ReviewSettings | null {
  const parsed = reviewSettingsSchema.safeParse({
    referenceDate: draft.referenceDate,
    dormantMonths: wholeNumber(draft.dormantMonths),
    notReviewedMonths: wholeNumber(draft.notReviewedMonths),
    smallAudience: wholeNumber(draft.smallAudience),
    maxCostPerFollowerCents: euroToCents(draft.maxCostPerFollowerEuro),
    cityDomains: draft.cityDomains
      .split(/\r?\n/)
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== ''),
    disabledRules: draft.disabledRules,
  });
  return parsed.success ? parsed.data : null;
}
