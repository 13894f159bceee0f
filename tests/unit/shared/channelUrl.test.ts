import { describe, expect, it } from 'vitest';
import { detectChannelUrl, urlComparisonKey } from '../../../shared/domain/channelUrl';
import sampleJson from '../../../resources/sample/mechelen-2014.json';

const sample = sampleJson as { channels: Array<{ platform: string; name: string; handle?: string; url?: string }> };

describe('detectChannelUrl, on the addresses of the 2014 list', () => {
  it('drops Facebook tracking parameters and reads the page name as the handle', () => {
    expect(detectChannelUrl('https://www.facebook.com/energiepuntmechelen?fref=pb&hc_location=profile_browser')).toEqual({
      url: 'https://www.facebook.com/energiepuntmechelen',
      platform: 'facebook',
      kind: 'social',
      handle: 'energiepuntmechelen',
    });
    expect(detectChannelUrl('https://www.facebook.com/UiTinMechelen?fref=ts')).toMatchObject({
      url: 'https://www.facebook.com/UiTinMechelen',
      handle: 'UiTinMechelen',
    });
  });

  it('treats http://twitter.com and https://x.com as one account, whatever the case', () => {
    expect(detectChannelUrl('http://twitter.com/StadMechelen')).toEqual({
      url: 'https://twitter.com/StadMechelen',
      platform: 'twitter',
      kind: 'social',
      handle: '@StadMechelen',
    });
    expect(detectChannelUrl('https://x.com/stadmechelen')).toMatchObject({ platform: 'twitter', handle: '@stadmechelen' });
    expect(urlComparisonKey('http://twitter.com/StadMechelen')).toBe('twitter:stadmechelen');
    expect(urlComparisonKey('https://x.com/stadmechelen')).toBe(urlComparisonKey('http://twitter.com/StadMechelen'));
  });

  it('reads a YouTube user page and drops its ?gl=BE', () => {
    expect(detectChannelUrl('https://www.youtube.com/user/StadMechelen?gl=BE')).toEqual({
      url: 'https://www.youtube.com/user/StadMechelen',
      platform: 'youtube',
      kind: 'social',
      handle: 'StadMechelen',
    });
    expect(urlComparisonKey('https://www.youtube.com/user/StadMechelen?gl=BE')).toBe(
      urlComparisonKey('https://youtube.com/user/stadmechelen'),
    );
  });

  it('reads the 7 Google+ pages as Google+ accounts with their numeric id as handle', () => {
    const googlePlus = sample.channels.filter((c) => c.url?.includes('plus.google.com'));
    expect(googlePlus).toHaveLength(7);
    const keys = new Set<string>();
    for (const channel of googlePlus) {
      const detected = detectChannelUrl(channel.url!);
      expect(detected, channel.url).toMatchObject({ platform: 'googleplus', kind: 'social', url: channel.url });
      expect(detected!.handle, channel.url).toMatch(/^\d{21}$/);
      expect(detected!.handle).toBe(channel.handle);
      keys.add(urlComparisonKey(channel.url!)!);
    }
    // Seven different pages, even though several are called "Stad Mechelen".
    expect(keys.size).toBe(7);
  });

  it('reads maanrock.be, with or without http://, as a website', () => {
    expect(detectChannelUrl('http://maanrock.be')).toEqual({
      url: 'http://maanrock.be',
      platform: 'website',
      kind: 'website',
      handle: null,
    });
    expect(detectChannelUrl('maanrock.be')).toEqual(detectChannelUrl('http://maanrock.be'));
    expect(urlComparisonKey('https://www.maanrock.be/')).toBe(urlComparisonKey('http://maanrock.be'));
  });

  it('recognises the other platforms of the list', () => {
    expect(detectChannelUrl('http://nl.pinterest.com/visitmechelen/')).toMatchObject({
      platform: 'pinterest',
      handle: 'visitmechelen',
    });
    expect(urlComparisonKey('http://nl.pinterest.com/visitmechelen/')).toBe(
      urlComparisonKey('https://pinterest.com/visitmechelen'),
    );
    expect(detectChannelUrl('http://instagram.com/visitmechelen')).toMatchObject({
      url: 'https://instagram.com/visitmechelen',
      platform: 'instagram',
      handle: 'visitmechelen',
    });
    expect(detectChannelUrl('https://www.linkedin.com/company/stad-mechelen')).toMatchObject({
      platform: 'linkedin',
      handle: 'stad-mechelen',
    });
    // "/stream" is SoundCloud's own page, not an account.
    expect(detectChannelUrl('https://soundcloud.com/stream')).toMatchObject({ platform: 'soundcloud', handle: null });
  });

  it('detects every address of the sample as the platform the list gives it', () => {
    for (const channel of sample.channels.filter((c) => c.url)) {
      expect(detectChannelUrl(channel.url!)?.platform, channel.url).toBe(channel.platform);
    }
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:void(0)',
    'mailto:communicatie@mechelen.be',
    'ftp://mechelen.be',
    '',
    '   ',
    'geen adres',
  ])('refuses %j: it is no http(s) address', (text) => {
    expect(detectChannelUrl(text)).toBeNull();
    expect(urlComparisonKey(text)).toBeNull();
  });
});
