import { describe, expect, it } from 'vitest';
import { divideRounded, followerFigures } from '../../../../src-main/core/costOverview/followerFigures';

describe('cost per follower', () => {
  it('divides the total by the followers at the end and by those gained since the start', () => {
    // 17500 cents / 3000 followers = 5.83 -> 6; gained 3000 - 1000 = 2000: 8.75 -> 9.
    expect(followerFigures(17_500, 'likes', { date: '2014-12-01', count: 3000 }, 1000)).toEqual({
      followers: 3000,
      followersDate: '2014-12-01',
      metric: 'likes',
      gainedFollowers: 2000,
      costPerFollowerCents: 6,
      costPerGainedFollowerCents: 9,
    });
  });

  it('gives null where there is nothing to divide by', () => {
    const lost = followerFigures(1000, 'followers', { date: '2014-12-01', count: 500 }, 800);
    expect(lost).toMatchObject({
      followers: 500,
      gainedFollowers: -300,
      costPerFollowerCents: 2,
      costPerGainedFollowerCents: null,
    });
    const none = followerFigures(1000, 'followers', { date: '2014-12-01', count: 0 }, 0);
    expect(none).toMatchObject({
      followers: 0,
      gainedFollowers: 0,
      costPerFollowerCents: null,
      costPerGainedFollowerCents: null,
    });
    expect(followerFigures(1000, null, null, null)).toEqual({
      followers: null,
      followersDate: null,
      metric: null,
      gainedFollowers: null,
      costPerFollowerCents: null,
      costPerGainedFollowerCents: null,
    });
  });

  it('rounds halves away from zero, credits too', () => {
    expect(divideRounded(5, 2)).toBe(3);
    expect(divideRounded(-5, 2)).toBe(-3);
    expect(divideRounded(4, 3)).toBe(1);
    expect(divideRounded(-4, 3)).toBe(-1);
    expect(divideRounded(0, 7)).toBe(0);
  });
});
