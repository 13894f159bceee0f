import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_SETTINGS } from '../../../shared/domain/review';
import { loadSample } from '../../../src-main/core/sample/sampleRegister';
import { createTempRegister, expectDomainError, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

/** A register with a few channels of its own: reviewed as of 5 September 2014. */
function reviewedRegister() {
  const { register } = createTempRegister();
  const stad = register.organisations.create({ name: 'Stad Mechelen', kind: 'stadsdienst' });
  const an = register.people.create({ name: 'An Peeters' });
  const toerisme = register.channels.create({
    kind: 'social',
    platform: 'twitter',
    name: 'Toerisme Mechelen',
    organisationId: stad.id,
    responsiblePersonId: an.id,
    hasPosted: false,
    reviewedOn: '2014-09-01',
  });
  const plus = ['Stad Mechelen', 'Stadsbestuur Mechelen'].map((name) =>
    register.channels.create({
      kind: 'social',
      platform: 'googleplus',
      name,
      organisationId: stad.id,
      responsiblePersonId: an.id,
      reviewedOn: '2014-09-01',
    }),
  );
  register.review.settings.save({ ...DEFAULT_REVIEW_SETTINGS, referenceDate: '2014-09-05' });
  return { register, an, toerisme, plus };
}

describe('review decisions', () => {
  it('accept with an owner and due date: logged as one undo step, and a recommendation', () => {
    const { register, an, toerisme } = reviewedRegister();
    const id = `dormant:${toerisme.id}`;
    const finding = register.review.decide({ findingId: id, state: 'accepted', ownerPersonId: an.id, dueDate: '2014-10-17' });
    expect(finding).toMatchObject({ state: 'accepted', decision: { ownerName: 'An Peeters', dueDate: '2014-10-17' } });
    expect(register.history.state().undoDescription).toBe('1 beslissing nazicht toegevoegd');
    expect(register.review.recommendations()).toEqual([
      {
        findingId: id,
        rule: 'dormant',
        action: 'delete',
        text: 'Verwijderen. Nooit iets gepost.',
        channelNames: ['Toerisme Mechelen (Twitter / X)'],
        organisationName: 'Stad Mechelen',
        ownerName: 'An Peeters',
        dueDate: '2014-10-17',
        state: 'accepted',
      },
    ]);
    expect(register.review.draftArticles()).toEqual([
      'Het college keurt de aanbeveling goed: Toerisme Mechelen (Twitter / X): verwijderen. Nooit iets gepost (verantwoordelijke: An Peeters, tegen 17/10/2014).',
    ]);

    register.history.undo();
    expect(register.review.run().findings.find((f) => f.id === id)).toMatchObject({ state: 'open', decision: null });
    expect(register.review.recommendations()).toEqual([]);
    register.history.redo();
    expect(register.review.recommendations()).toHaveLength(1);
  });

  it('refuses an owner who does not exist (any more)', () => {
    const { register, toerisme } = reviewedRegister();
    const gone = register.people.create({ name: 'Weg' });
    register.people.delete(gone.id);
    expectDomainError(
      () => register.review.decide({ findingId: `dormant:${toerisme.id}`, state: 'accepted', ownerPersonId: gone.id }),
      'INVALID_INPUT',
    );
    expect(register.review.recommendations()).toEqual([]);
  });

  it('dismissing needs a reason; the dismissal holds until the data under the finding change', () => {
    const { register, toerisme } = reviewedRegister();
    const id = `dormant:${toerisme.id}`;
    expectDomainError(() => register.review.decide({ findingId: id, state: 'dismissed' }), 'INVALID_INPUT');
    expectDomainError(() => register.review.decide({ findingId: id, state: 'dismissed', reason: '   ' }), 'INVALID_INPUT');

    register.review.decide({ findingId: id, state: 'dismissed', reason: 'Wordt in oktober opgestart.' });
    // Other edits of the channel do not lift it.
    register.channels.update(toerisme.id, { purpose: 'Toeristische info' });
    expect(register.review.run().findings.find((f) => f.id === id)).toMatchObject({
      state: 'dismissed',
      changedSinceDismissal: false,
    });

    register.channels.update(toerisme.id, { status: 'dormant' });
    const reopened = register.review.run().findings.find((f) => f.id === id)!;
    expect(reopened).toMatchObject({ state: 'open', changedSinceDismissal: true, decision: { state: 'dismissed' } });
    expect(reopened.message).toBe('Status "slapend"; Nooit iets gepost.');
    const counts = register.review.run().countsByRule.find((c) => c.rule === 'dormant')!;
    expect(counts).toMatchObject({ open: 1, dismissed: 0 });
  });

  it('done and reopen; a finding that no longer exists cannot be decided', () => {
    const { register, toerisme } = reviewedRegister();
    const id = `dormant:${toerisme.id}`;
    register.review.decide({ findingId: id, state: 'accepted', recommendation: 'Het account opstarten of laten verwijderen.' });
    expect(register.review.decide({ findingId: id, state: 'done' })).toMatchObject({
      state: 'done',
      decision: { recommendation: 'Het account opstarten of laten verwijderen.' },
    });
    expect(register.review.recommendations()[0]).toMatchObject({
      state: 'done',
      text: 'Het account opstarten of laten verwijderen.',
    });
    expect(register.review.draftArticles()).toEqual([]);
    expect(register.review.decide({ findingId: id, state: 'open' })).toMatchObject({ state: 'open', decision: null });

    register.channels.update(toerisme.id, { hasPosted: true });
    expectDomainError(() => register.review.decide({ findingId: id, state: 'accepted' }), 'NOT_FOUND');
  });

  it('accepted findings of one rule, action, owner and due date make one Besluit article', () => {
    const { register, plus } = reviewedRegister();
    for (const channel of plus) register.review.decide({ findingId: `defunct_platform:${channel.id}`, state: 'accepted' });
    expect(register.review.draftArticles()).toEqual([
      'Het college keurt de aanbeveling goed: verwijderen (platform bestaat niet meer): Stad Mechelen (Google+), Stadsbestuur Mechelen (Google+).',
    ]);
  });

  it('settings: defaults until saved, saved as one undo step, a disabled rule finds nothing', () => {
    const { register } = createTempRegister();
    expect(register.review.settings.get()).toEqual(DEFAULT_REVIEW_SETTINGS);
    loadSample(register);
    expect(register.review.settings.get().referenceDate).toBe('2014-09-05');
    register.review.settings.save({ ...register.review.settings.get(), disabledRules: ['not_reviewed', 'no_responsible'] });
    const result = register.review.run();
    expect(result.findings.some((f) => f.rule === 'not_reviewed' || f.rule === 'no_responsible')).toBe(false);
    expect(result.rules.find((r) => r.rule === 'not_reviewed')!.enabled).toBe(false);
    expect(register.history.state().undoDescription).toBe('1 instellingen nazicht: instellingen');
    register.history.undo();
    expect(register.review.settings.get().disabledRules).toEqual([]);
    expectDomainError(() => register.review.settings.save({ ...DEFAULT_REVIEW_SETTINGS, dormantMonths: 0 }), 'INVALID_INPUT');
  });

  it('channels with status removed are not reviewed; a reference date passed to run wins', () => {
    const { register, toerisme } = reviewedRegister();
    expect(register.review.run('2016-01-01').referenceDate).toBe('2016-01-01');
    register.channels.update(toerisme.id, { status: 'removed' });
    expect(register.review.run().findings.some((f) => f.channels.some((c) => c.id === toerisme.id))).toBe(false);
  });
});
