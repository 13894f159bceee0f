import { describe, expect, it } from 'vitest';
import { dayProblem, patchFor } from '../../../src-renderer/features/channels/channelEdits';

describe("the channel grid's edits of the review's facts", () => {
  it('sends days typed the Belgian way as ISO, and empty as null', () => {
    expect(patchFor('reviewedOn', '2/9/2014')).toEqual({ reviewedOn: '2014-09-02' });
    expect(patchFor('lastActivityOn', '2014-09-02')).toEqual({ lastActivityOn: '2014-09-02' });
    expect(patchFor('eventEndedOn', ' ')).toEqual({ eventEndedOn: null });
  });

  it('refuses a day that does not exist, in both languages, before anything is sent', () => {
    expect(dayProblem('reviewedOn', '31/02/2014')).toEqual({
      code: 'INVALID_INPUT',
      message: '"31/02/2014" is geen datum (dd/mm/jjjj).',
      messageEn: '"31/02/2014" is not a date (dd/mm/yyyy).',
    });
    expect(dayProblem('reviewedOn', '02/09/2014')).toBeNull();
    expect(dayProblem('reviewedOn', '')).toBeNull();
    // Only day fields are read as days.
    expect(dayProblem('notes', '31/02/2014')).toBeNull();
  });

  it('reads yes, no and unknown for the yes/no facts', () => {
    expect(patchFor('hasPosted', 'no')).toEqual({ hasPosted: false });
    expect(patchFor('passwordsCentralised', 'yes')).toEqual({ passwordsCentralised: true });
    expect(patchFor('passwordsCentralised', '')).toEqual({ passwordsCentralised: null });
  });
});
