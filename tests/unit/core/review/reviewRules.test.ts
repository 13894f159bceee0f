import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_SETTINGS, type ReviewSettings } from '../../../../shared/domain/review';
import { monthsBefore } from '../../../../src-main/core/review/reviewDates';
import type { ReviewChannel, ReviewInput } from '../../../../src-main/core/review/reviewInput';
import { POLICY_CLOSING_TEXT } from '../../../../src-main/core/review/reviewPolicy';
import { RULE_CHECKS } from '../../../../src-main/core/review/rules';

const REFERENCE = '2014-09-05';
let next = 0;

function channel(fields: Partial<ReviewChannel> = {}): ReviewChannel {
  next += 1;
  return {
    id: `c${String(next).padStart(3, '0')}`,
    name: `Kanaal ${next}`,
    kind: 'social',
    platform: 'facebook',
    status: null,
    url: null,
    urlKey: null,
    organisationId: null,
    organisationName: null,
    responsiblePersonId: null,
    responsiblePersonName: null,
    responsiblePersonActive: null,
    createdByWebmasters: null,
    passwordsCentralised: null,
    hasPosted: null,
    lastActivityOn: null,
    eventEndedOn: null,
    reviewedOn: null,
    notes: null,
    latest: null,
    earlier: null,
    lastYearCostCents: null,
    ...fields,
  };
}

function run(rule: keyof typeof RULE_CHECKS, channels: ReviewChannel[], settings: Partial<ReviewSettings> = {}) {
  const input: ReviewInput = { referenceDate: REFERENCE, costYear: 2013, channels };
  return RULE_CHECKS[rule](input, { ...DEFAULT_REVIEW_SETTINGS, ...settings });
}

const count = (date: string, n: number) => ({ date, count: n, metric: 'likes' as const });

describe('review rules', () => {
  it('monthsBefore clamps to the end of a shorter month', () => {
    expect(monthsBefore('2014-08-31', 6)).toBe('2014-02-28');
    expect(monthsBefore('2016-08-31', 6)).toBe('2016-02-29');
    expect(monthsBefore('2014-09-05', 12)).toBe('2013-09-05');
  });

  describe('dormant', () => {
    it('unknown activity and a single count are no finding', () => {
      expect(run('dormant', [channel(), channel({ latest: count('2014-09-02', 209) })])).toEqual([]);
    });

    it('activity older than the window is; activity inside it is not (threshold from the settings)', () => {
      const old = channel({ lastActivityOn: '2014-03-04' });
      const recent = channel({ lastActivityOn: '2014-03-05' });
      expect(run('dormant', [old, recent]).map((f) => f.subjectKey)).toEqual([old.id]);
      expect(run('dormant', [old, recent], { dormantMonths: 12 })).toEqual([]);
    });

    it('counts spanning the window without growth are; growth is not', () => {
      const flat = channel({ latest: count('2014-09-01', 100), earlier: count('2014-02-01', 100) });
      const shrinking = channel({ latest: count('2014-09-01', 90), earlier: count('2014-02-01', 100) });
      const growing = channel({ latest: count('2014-09-01', 101), earlier: count('2014-02-01', 100) });
      const found = run('dormant', [flat, shrinking, growing]);
      expect(found.map((f) => f.subjectKey)).toEqual([flat.id, shrinking.id]);
      expect(found[0]!.message).toBe('Geen groei: 100 likes op 01/09/2014, 100 op 01/02/2014.');
    });

    it('never posted and status dormant are, in one finding per channel', () => {
      const both = channel({ status: 'dormant', hasPosted: false, notes: 'geen tweets??' });
      const found = run('dormant', [both, channel({ hasPosted: true, status: 'active' })]);
      expect(found).toHaveLength(1);
      expect(found[0]!.message).toBe('Status "slapend"; Nooit iets gepost (notitie: geen tweets??).');
    });
  });

  it('defunct_platform: Google+ only', () => {
    const found = run('defunct_platform', [channel({ platform: 'googleplus' }), channel({ platform: 'twitter' })]);
    expect(found).toHaveLength(1);
    expect(found[0]!.action).toBe('delete');
  });

  it('no_responsible: nobody, or a person who left; an active person is fine', () => {
    const nobody = channel();
    const left = channel({ responsiblePersonId: 'p1', responsiblePersonName: 'An', responsiblePersonActive: false });
    const fine = channel({ responsiblePersonId: 'p2', responsiblePersonName: 'Bo', responsiblePersonActive: true });
    const found = run('no_responsible', [nobody, left, fine]);
    expect(found.map((f) => [f.subjectKey, f.message])).toEqual([
      [nobody.id, 'Geen verantwoordelijke.'],
      [left.id, 'De verantwoordelijke (An) is niet meer actief.'],
    ]);
  });

  it('not_managed_by_webmasters: a recorded "no" is a finding, unknown is not', () => {
    const notCreated = channel({ createdByWebmasters: false });
    const passwords = channel({ createdByWebmasters: true, passwordsCentralised: false });
    const found = run('not_managed_by_webmasters', [channel(), notCreated, passwords, channel({ createdByWebmasters: true })]);
    expect(found.map((f) => f.subjectKey)).toEqual([notCreated.id, passwords.id]);
  });

  it('duplicate: one finding per organisation and platform with 2+ accounts, one per address held twice', () => {
    const org = { organisationId: 'o1', organisationName: 'Stad Mechelen' };
    const a = channel({ ...org, platform: 'googleplus' });
    const b = channel({ ...org, platform: 'googleplus' });
    const c = channel({ ...org, platform: 'googleplus' });
    const alone = channel({ ...org, platform: 'twitter' });
    const siteA = channel({ ...org, kind: 'website', platform: 'website' });
    const siteB = channel({ ...org, kind: 'website', platform: 'website' });
    const sameUrl1 = channel({ urlKey: 'facebook.com/visitmechelen', url: 'https://www.facebook.com/visitmechelen' });
    const sameUrl2 = channel({ urlKey: 'facebook.com/visitmechelen', url: 'https://facebook.com/VisitMechelen' });
    const found = run('duplicate', [a, b, c, alone, siteA, siteB, sameUrl1, sameUrl2]);
    expect(found.map((f) => f.subjectKey)).toEqual([[a.id, b.id, c.id].join('+'), [sameUrl1.id, sameUrl2.id].join('+')]);
    expect(found[1]!.message).toMatch(
      /^Hetzelfde adres https:\/\/www\.facebook\.com\/visitmechelen staat 2 keer in het register/,
    );
  });

  it('finished_event: delete below the small audience, else archive with the closing text; not before it ended', () => {
    const small = channel({ eventEndedOn: '2014-06-30', latest: count('2014-06-01', 24) });
    const large = channel({ eventEndedOn: '2014-06-30', latest: count('2014-06-01', 25) });
    const running = channel({ eventEndedOn: '2014-09-05', latest: count('2014-06-01', 3) });
    const found = run('finished_event', [small, large, running]);
    expect(found.map((f) => [f.subjectKey, f.action])).toEqual([
      [small.id, 'delete'],
      [large.id, 'archive'],
    ]);
    expect(found[0]!.closingText).toBeNull();
    expect(found[1]!.closingText).toBe(POLICY_CLOSING_TEXT.replace('***datum***', '30/06/2014'));
    expect(found[1]!.closingText).toMatch(
      /^Dit evenement\/project is afgelopen\. Stad Mechelen dankt je voor je enthousiasme en betrokkenheid\./,
    );
    expect(run('finished_event', [small], { smallAudience: 10 })[0]!.action).toBe('archive');
  });

  it('own_domain: websites off the city domains and their subdomains', () => {
    const site = (url: string) => channel({ kind: 'website', platform: 'website', url });
    const found = run('own_domain', [
      site('http://www.mechelen.be'),
      site('https://stadsarchief.mechelen.be/x'),
      site('http://maanrock.be'),
      site('http://notmechelen.be'),
      channel({ url: 'https://www.facebook.com/x' }),
    ]);
    expect(found.map((f) => f.message)).toEqual([
      'Eigen domeinnaam maanrock.be in plaats van mechelen.be/trefwoord.',
      'Eigen domeinnaam notmechelen.be in plaats van mechelen.be/trefwoord.',
    ]);
    expect(run('own_domain', [site('http://maanrock.be')], { cityDomains: ['mechelen.be', 'maanrock.be'] })).toEqual([]);
  });

  it('cost_without_reach: costs without counts, or above the cost per follower; no cost is no finding', () => {
    const noCounts = channel({ lastYearCostCents: 6000 });
    const expensive = channel({ lastYearCostCents: 10_000, latest: count('2014-09-02', 99) });
    const atLimit = channel({ lastYearCostCents: 10_000, latest: count('2014-09-02', 100) });
    const found = run('cost_without_reach', [noCounts, expensive, atLimit, channel({ latest: count('2014-09-02', 1) })]);
    expect(found.map((f) => f.message)).toEqual([
      '€ 60,00 kosten in 2013, maar geen enkele telling.',
      '€ 100,00 kosten in 2013 voor 99 volgers: € 1,01 per volger (grens € 1,00).',
    ]);
    expect(run('cost_without_reach', [expensive], { maxCostPerFollowerCents: 200 })).toEqual([]);
  });

  it('not_reviewed: never, or longer ago than the setting', () => {
    const never = channel();
    const old = channel({ reviewedOn: '2013-09-04' });
    const recent = channel({ reviewedOn: '2013-09-05' });
    expect(run('not_reviewed', [never, old, recent]).map((f) => f.subjectKey)).toEqual([never.id, old.id]);
    expect(run('not_reviewed', [old], { notReviewedMonths: 24 })).toEqual([]);
  });
});
