import { describe, expect, it } from 'vitest';
import { draftFields, draftNeeds, hasTyped, setDraftCell } from '../../../src-renderer/features/costs/lines/costDraft';

const CHANNEL = '0194fcb0-1beb-4776-a7ae-803bbc6820f7';
const ORGANISATION = '0194fcb0-1beb-4776-a7ae-803bbc6820f8';

describe('the new line of the cost grid (a draft until it makes a line)', () => {
  it('says what a line still needs, the owner being a channel or an organisation', () => {
    expect(draftNeeds({})).toEqual(['owner', 'category', 'amountCents', 'startDate']);
    expect(draftNeeds({ description: 'Hosting', amountCents: '12,50' })).toEqual(['owner', 'category', 'startDate']);
    expect(draftNeeds({ organisationId: ORGANISATION, category: 'hosting', amountCents: '1', startDate: '01/01/2014' })).toEqual(
      [],
    );
    expect(draftNeeds({ channelId: ' ', category: 'hosting', amountCents: '1', startDate: '01/01/2014' })).toEqual(['owner']);
  });

  it('keeps one owner: choosing a channel drops the organisation and the other way round', () => {
    const withOrganisation = setDraftCell({}, 'organisationId', ORGANISATION);
    const withChannel = setDraftCell(withOrganisation, 'channelId', CHANNEL);
    expect(withChannel).toEqual({ channelId: CHANNEL });
    expect(setDraftCell(withChannel, 'organisationId', ORGANISATION)).toEqual({ organisationId: ORGANISATION });
    // Emptying one does not touch the other.
    expect(setDraftCell(withChannel, 'organisationId', '')).toEqual({ channelId: CHANNEL, organisationId: '' });
  });

  it('gives the fields to create once complete, read as the grid reads cells', () => {
    const draft = {
      description: 'Hosting Mechelen.be 2014',
      channelId: CHANNEL,
      category: 'hosting',
      amountCents: '1.234,56',
      startDate: '01/03/2014',
      endDate: '',
      recurrence: 'yearly',
    };
    expect(draftFields(draft)).toEqual({
      description: 'Hosting Mechelen.be 2014',
      channelId: CHANNEL,
      category: 'hosting',
      amountCents: 123456,
      startDate: '2014-03-01',
      endDate: null,
      recurrence: 'yearly',
    });
    expect(draftFields({ ...draft, startDate: '' })).toBeNull();
  });

  it('counts as typed only what differs from the line it started as', () => {
    const start = { channelId: CHANNEL };
    expect(hasTyped(start, start)).toBe(false);
    expect(hasTyped({ ...start, description: '' }, start)).toBe(false);
    expect(hasTyped({ ...start, description: 'x' }, start)).toBe(true);
    expect(hasTyped({}, {})).toBe(false);
  });
});
