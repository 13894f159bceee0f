import { describe, expect, it } from 'vitest';
import type { ReviewFinding, ReviewRule } from '../../../../shared/domain/review';
import { loadSample } from '../../../../src-main/core/sample/sampleRegister';
import { createTempRegister, useTempDirs } from '../../../helpers/tempRegister';

useTempDirs();

function sampleReview() {
  const { register } = createTempRegister();
  loadSample(register);
  return { register, result: register.review.run() };
}

const ofRule = (findings: ReviewFinding[], rule: ReviewRule) => findings.filter((f) => f.rule === rule);
const names = (findings: ReviewFinding[]) =>
  findings.map((f) => f.channels.map((c) => `${c.name}|${c.platform}`).join(' + ')).sort();

describe('the review of the 2014 sample finds what a reader of the college decision finds', () => {
  it('reviews as of the college meeting, 5 September 2014, with the default thresholds', () => {
    const { result } = sampleReview();
    expect(result.referenceDate).toBe('2014-09-05');
    expect(result.settings).toMatchObject({ referenceDate: '2014-09-05', dormantMonths: 6, smallAudience: 25 });
    expect(result.rules.map((r) => r.rule)).toHaveLength(9);
    expect(result.findings.every((f) => f.state === 'open')).toBe(true);
  });

  it('the seven Google+ pages: defunct, and dormant as their status says', () => {
    const { result } = sampleReview();
    const defunct = ofRule(result.findings, 'defunct_platform');
    expect(defunct).toHaveLength(7);
    expect(defunct.every((f) => f.channels[0]!.platform === 'googleplus' && f.action === 'delete')).toBe(true);
    const dormant = ofRule(result.findings, 'dormant');
    expect(dormant.filter((f) => f.channels[0]!.platform === 'googleplus')).toHaveLength(7);
    expect(dormant.find((f) => f.channels[0]!.platform === 'googleplus')!.message).toBe('Status "slapend".');
  });

  it('Toerisme Mechelen\'s Twitter is dormant: it never posted (the source: "geen tweets??")', () => {
    const { result } = sampleReview();
    const dormant = ofRule(result.findings, 'dormant').filter((f) => f.channels[0]!.platform !== 'googleplus');
    expect(names(dormant)).toEqual(['Toerisme Mechelen|twitter']);
    expect(dormant[0]!.message).toMatch(/^Nooit iets gepost \(notitie: geen tweets\?\?/);
    // The other channels have one count each (2 September 2014): one count says nothing about growth.
  });

  it("duplicates: Stad Mechelen's Google+ pages as one group, Toerisme Mechelen's as another", () => {
    const { result } = sampleReview();
    const groups = ofRule(result.findings, 'duplicate');
    const googlePlus = groups.filter((f) => f.channels.every((c) => c.platform === 'googleplus'));
    expect(googlePlus.map((f) => [f.organisationName, f.channels.map((c) => c.name).sort()])).toEqual(
      expect.arrayContaining([
        ['Stad Mechelen', ['Stad Mechelen', 'Stad Mechelen', 'Stadsbestuur Mechelen']],
        ['Toerisme Mechelen', ['Toerisme Mechelen', 'Toerismehuis - UiT in Mechelen', 'Visit Mechelen']],
      ]),
    );
    expect(googlePlus).toHaveLength(2);
    expect(googlePlus.every((f) => f.action === 'merge' && f.subjectKey.split('+').length === 3)).toBe(true);
  });

  it('every channel lacks a responsible person (the list names none), and none was reviewed yet', () => {
    const { register, result } = sampleReview();
    const total = register.channels.list({ limit: 5000 }).total;
    expect(ofRule(result.findings, 'no_responsible')).toHaveLength(total);
    expect(ofRule(result.findings, 'not_reviewed')).toHaveLength(total);
  });

  it('own domains: maanrock.be, uitinmechelen.be and cultuurcentrummechelen.be; not mechelen.be', () => {
    const { result } = sampleReview();
    const own = ofRule(result.findings, 'own_domain');
    expect(names(own)).toEqual(['Maanrock.be|website', 'Uitinmechelen.be|website', 'cultuurcentrummechelen.be|website'].sort());
    expect(own.find((f) => f.channels[0]!.name === 'Maanrock.be')!.message).toBe(
      'Eigen domeinnaam maanrock.be in plaats van mechelen.be/trefwoord.',
    );
  });

  it('finds nothing the 2014 list does not say: webmasters, events and costs per follower are unknown or fine', () => {
    const { result } = sampleReview();
    expect(ofRule(result.findings, 'not_managed_by_webmasters')).toEqual([]);
    expect(ofRule(result.findings, 'finished_event')).toEqual([]);
    // € 60 in 2013 on Stadsbestuur Mechelen's page with 3107 likes: 2 cents a follower, under the € 1 limit.
    expect(ofRule(result.findings, 'cost_without_reach')).toEqual([]);
  });

  it('counts per rule add up to the findings', () => {
    const { result } = sampleReview();
    for (const counts of result.countsByRule) {
      expect(counts.open).toBe(ofRule(result.findings, counts.rule).length);
    }
  });
});
