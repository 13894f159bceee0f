import type Database from 'better-sqlite3';
import type { Platform } from '../../../shared/domain/channel';
import { parsePlatform } from '../../../shared/domain/channelCells';
import { urlComparisonKey } from '../../../shared/domain/channelUrl';
import { PLATFORM_LABELS } from '../../../shared/domain/labels';
import { foldText } from '../channels/foldText';
import { nameKey } from '../channels/nameIndex';

interface Candidate {
  id: string;
  name: string;
  platform: Platform;
  organisationName: string | null;
}

export type ChannelMatch = { ok: true; id: string } | { ok: false; message: string; messageEn: string };

const SELECT = `SELECT c.id, c.name, c.platform, o.name AS organisationName
  FROM channels c LEFT JOIN organisations o ON o.id = c.organisation_id`;

/** "Stadsbestuur Mechelen (Facebook)": a name with its platform or organisation in brackets. */
const QUALIFIED = /^(.*\S)\s*\(([^()]+)\)$/;

/**
 * Finds the live channel a pasted or imported cell names: by address (the same account or page,
 * however it is written), by name (ignoring case and accents), or, since one name is often used
 * on several platforms ("Stadsbestuur Mechelen" on Facebook and Google+), by name with the
 * platform or organisation in brackets. A name that fits several channels is refused with the
 * candidates, never guessed. Lookups are SQL over indexed columns, cached per text.
 */
export class ChannelLookup {
  private readonly byName: Database.Statement;
  private readonly byUrlKey: Database.Statement;
  private readonly cache = new Map<string, ChannelMatch>();

  constructor(db: Database.Database) {
    this.byName = db.prepare(`${SELECT} WHERE c.name_folded = ? AND c.deleted_at IS NULL ORDER BY c.platform, c.id`);
    // An account without a URL is found by its platform and handle (the key urlComparisonKey gives it).
    this.byUrlKey = db.prepare(
      `${SELECT} WHERE c.deleted_at IS NULL AND (c.url_key = @key
         OR (c.url IS NULL AND c.platform = @platform AND lower(ltrim(c.handle, '@')) = @handle))
       ORDER BY c.platform, c.id`,
    );
  }

  find(text: string): ChannelMatch {
    const trimmed = text.trim();
    let match = this.cache.get(trimmed);
    if (!match) this.cache.set(trimmed, (match = this.resolve(trimmed)));
    return match;
  }

  private resolve(text: string): ChannelMatch {
    const key = urlComparisonKey(text);
    if (key) {
      const [platform, handle] = key.includes(':') ? key.split(':', 2) : [null, null];
      const found = this.byUrlKey.all({ key, platform, handle }) as Candidate[];
      // A site's name can look like an address ("mechelen.be"): then try it as a name too.
      if (found.length > 0) return decide(text, found);
    }
    const named = this.named(text);
    if (named.length > 0) return decide(text, named);
    const qualified = QUALIFIED.exec(text);
    if (qualified) {
      const qualifier = qualified[2]!;
      const platform = parsePlatform(qualifier);
      const fits = this.named(qualified[1]!).filter(
        (c) => c.platform === platform || (c.organisationName !== null && nameKey(c.organisationName) === nameKey(qualifier)),
      );
      if (fits.length > 0) return decide(text, fits);
    }
    return {
      ok: false,
      message: `Onbekend kanaal "${text}": geef de naam, de naam met het platform tussen haakjes of het webadres van een kanaal in het register.`,
      messageEn: `Unknown channel "${text}": give the name, the name with the platform in brackets, or the address of a channel in the register.`,
    };
  }

  private named(name: string): Candidate[] {
    return this.byName.all(foldText(name.trim()).replace(/\s+/g, ' ')) as Candidate[];
  }
}

function decide(text: string, candidates: Candidate[]): ChannelMatch {
  if (candidates.length === 1) return { ok: true, id: candidates[0]!.id };
  const listed = (language: 'nl' | 'en') =>
    candidates
      .map(
        (c) =>
          `${PLATFORM_LABELS[c.platform][language]} (${c.organisationName ?? (language === 'nl' ? 'geen organisatie' : 'no organisation')})`,
      )
      .join(', ');
  const example = `${candidates[0]!.name} (${PLATFORM_LABELS[candidates[0]!.platform].nl})`;
  return {
    ok: false,
    message: `Er zijn ${candidates.length} kanalen "${text}": ${listed('nl')}. Zet het platform of de organisatie tussen haakjes, bv. "${example}", of plak het webadres.`,
    messageEn: `There are ${candidates.length} channels "${text}": ${listed('en')}. Put the platform or the organisation in brackets, e.g. "${example}", or paste the address.`,
  };
}
