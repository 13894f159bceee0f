import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_SETTINGS } from '../../../shared/domain/review';
import { draftFromSettings, settingsFromDraft } from '../../../src-renderer/features/review/settingsDraft';

describe('the review settings form: typed text to ReviewSettings', () => {
  it('gives back the same settings it was filled with', () => {
    const settings = { ...DEFAULT_REVIEW_SETTINGS, referenceDate: '2014-09-05', maxCostPerFollowerCents: 150 };
    const draft = draftFromSettings(settings);
    expect(draft.maxCostPerFollowerEuro).toBe('1,50');
    expect(settingsFromDraft(draft)).toEqual(settings);
  });

  it('reads euro as the cost grid does, and domains one per line, lower case, without empty lines', () => {
    const draft = {
      ...draftFromSettings(DEFAULT_REVIEW_SETTINGS),
      maxCostPerFollowerEuro: '€ 2,5',
      cityDomains: 'Mechelen.be\n\n  uitinmechelen.be \r\n',
    };
    expect(settingsFromDraft(draft)).toMatchObject({
      maxCostPerFollowerCents: 250,
      cityDomains: ['mechelen.be', 'uitinmechelen.be'],
    });
  });

  it('refuses what the schema refuses: no domain, a fraction of a month, an amount that is no amount', () => {
    const draft = draftFromSettings(DEFAULT_REVIEW_SETTINGS);
    expect(settingsFromDraft({ ...draft, cityDomains: ' \n ' })).toBeNull();
    expect(settingsFromDraft({ ...draft, dormantMonths: '1,5' })).toBeNull();
    expect(settingsFromDraft({ ...draft, dormantMonths: '' })).toBeNull();
    expect(settingsFromDraft({ ...draft, maxCostPerFollowerEuro: 'één euro' })).toBeNull();
    expect(settingsFromDraft({ ...draft, maxCostPerFollowerEuro: '1,555' })).toMatchObject({ maxCostPerFollowerCents: 155500 });
    expect(settingsFromDraft({ ...draft, maxCostPerFollowerEuro: '-1' })).toBeNull();
  });
});
