import { createHash } from 'node:crypto';

/** sha256 of the data a finding rests on: a dismissal holds while this stays the same. */
export function fingerprint(basis: unknown): string {
  return createHash('sha256').update(JSON.stringify(basis)).digest('hex');
}
