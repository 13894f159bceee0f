import type { ChannelKind, Platform } from './channel';

export interface DetectedChannel {
  /** The URL as stored: https where the platform serves https, no tracking parameters, no trailing slash. */
  url: string;
  platform: Platform;
  kind: ChannelKind;
  /** The account name the URL points to ("@StadMechelen", "bibliotheekmechelen"), or null for a site or an unclear path. */
  handle: string | null;
}

/** Query parameters that only say where a click came from; they never identify a channel. */
const TRACKING_PARAMETERS = new Set([
  'fref',
  'hc_location',
  'ref',
  'ref_src',
  'ref_url',
  'refsrc',
  'gl',
  'hl',
  'feature',
  'si',
  'igshid',
  'igsh',
  'fbclid',
  'gclid',
  'mibextid',
  'sk',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
]);

/** Path prefixes that are platform pages, not accounts: never taken as a handle. */
const NOT_HANDLES = new Set([
  'pages',
  'groups',
  'profile.php',
  'watch',
  'channel',
  'user',
  'c',
  'company',
  'school',
  'in',
  'p',
  'reel',
  'explore',
  'hashtag',
  'intent',
  'share',
  'sharer',
  'home',
  'stream',
  'search',
  'b',
  'u',
  'people',
  'posts',
  'about',
  'photos',
  'videos',
]);

interface PlatformRule {
  platform: Exclude<Platform, 'website' | 'other' | 'mastodon'>;
  hosts: RegExp;
  /** Account handle from the path segments, or null. */
  handle(segments: string[], url: URL): string | null;
}

const first = (segments: string[]) => (segments[0] && !NOT_HANDLES.has(segments[0].toLowerCase()) ? segments[0] : null);
const at = (value: string | null) => (value ? (value.startsWith('@') ? value : `@${value}`) : null);

const RULES: PlatformRule[] = [
  {
    platform: 'facebook',
    hosts: /(^|\.)(facebook\.com|fb\.com|fb\.me)$/,
    handle: (s, url) => {
      if (s[0] === 'profile.php') return url.searchParams.get('id');
      if (s[0] === 'pages' && s.length >= 3) return s[2] ?? null; // /pages/Name/12345
      return first(s);
    },
  },
  { platform: 'twitter', hosts: /(^|\.)(twitter\.com|x\.com)$/, handle: (s) => at(first(s)) },
  { platform: 'instagram', hosts: /(^|\.)(instagram\.com|instagr\.am)$/, handle: (s) => first(s) },
  {
    platform: 'youtube',
    hosts: /(^|\.)(youtube\.com|youtu\.be)$/,
    handle: (s) => {
      if (s[0]?.startsWith('@')) return s[0];
      if ((s[0] === 'user' || s[0] === 'c' || s[0] === 'channel') && s[1]) return s[1];
      return null;
    },
  },
  {
    platform: 'linkedin',
    hosts: /(^|\.)linkedin\.com$/,
    handle: (s) => ((s[0] === 'company' || s[0] === 'school' || s[0] === 'in' || s[0] === 'showcase') && s[1] ? s[1] : null),
  },
  {
    platform: 'flickr',
    hosts: /(^|\.)(flickr\.com|flic\.kr)$/,
    handle: (s) => ((s[0] === 'photos' || s[0] === 'people') && s[1] ? s[1] : null),
  },
  { platform: 'pinterest', hosts: /(^|\.)pinterest\.[a-z.]+$/, handle: (s) => first(s) },
  { platform: 'soundcloud', hosts: /(^|\.)soundcloud\.com$/, handle: (s) => first(s) },
  { platform: 'tiktok', hosts: /(^|\.)tiktok\.com$/, handle: (s) => (s[0]?.startsWith('@') ? s[0] : null) },
  { platform: 'threads', hosts: /(^|\.)threads\.(net|com)$/, handle: (s) => (s[0]?.startsWith('@') ? s[0] : null) },
  { platform: 'bluesky', hosts: /(^|\.)bsky\.app$/, handle: (s) => (s[0] === 'profile' && s[1] ? `@${s[1]}` : null) },
  {
    platform: 'googleplus',
    hosts: /^plus\.google\.com$/,
    handle: (s) => s.find((segment) => /^\d{15,}$/.test(segment) || segment.startsWith('+')) ?? null,
  },
];

/**
 * Reads a pasted address: which platform, which account, and the URL in one canonical form so
 * the same channel pasted twice is recognised. Returns null for text that is not an http(s)
 * address. A host that matches no platform is a website, except Mastodon-style profile paths
 * (`https://social.example/@name`), which are recognised by their shape.
 */
export function detectChannelUrl(input: string): DetectedChannel | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed)
    ? trimmed
    : /^[\w-]+(\.[\w-]+)+([/?#]|$)/.test(trimmed)
      ? `http://${trimmed}`
      : null;
  if (!withScheme) return null;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hostname = url.hostname.toLowerCase();
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETERS.has(key.toLowerCase())) url.searchParams.delete(key);
  }
  url.hash = '';
  const host = url.hostname.replace(/^(www|m|mobile|nl-nl|nl|fr-fr|web)\./, '');
  const segments = url.pathname.split('/').filter(Boolean).map(decodeSegment);
  const rule = RULES.find((candidate) => candidate.hosts.test(host));
  if (rule) {
    // Social platforms all serve https; an old http:// link is the same channel.
    url.protocol = 'https:';
    return { url: canonical(url), platform: rule.platform, kind: 'social', handle: rule.handle(segments, url) };
  }
  if (segments.length === 1 && /^@[\w.]+$/.test(segments[0]!)) {
    return { url: canonical(url), platform: 'mastodon', kind: 'social', handle: `${segments[0]}@${host}` };
  }
  return { url: canonical(url), platform: 'website', kind: 'website', handle: null };
}

/**
 * The key two addresses are compared by when looking for duplicates: for an account, platform
 * and handle (twitter.com and x.com, http and https, nl.pinterest.com and pinterest.com are one
 * channel); for a site, host without "www." and path, ignoring case.
 */
export function urlComparisonKey(input: string): string | null {
  const detected = detectChannelUrl(input);
  if (!detected) return null;
  if (detected.handle && detected.kind === 'social')
    return `${detected.platform}:${detected.handle.replace(/^@/, '').toLowerCase()}`;
  const url = new URL(detected.url);
  return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '').toLowerCase()}${url.search}`;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function canonical(url: URL): string {
  const text = url.toString();
  // "https://www.mechelen.be/" and "https://www.mechelen.be" are one site; keep paths as typed otherwise.
  return url.pathname !== '/' && text.endsWith('/') && !url.search
    ? text.slice(0, -1)
    : url.search
      ? text
      : text.replace(/\/$/, '');
}
