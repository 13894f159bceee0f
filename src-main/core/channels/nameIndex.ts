import { foldText } from './foldText';

/** Names compare without case, accents or extra spaces: "stad  MECHELEN" is "Stad Mechelen". */
export function nameKey(name: string): string {
  return foldText(name).trim().replace(/\s+/g, ' ');
}

/** Live organisations or people by name, for reading names typed or pasted into a cell. */
export class NameIndex {
  private readonly ids = new Map<string, string[]>();

  constructor(entries: ReadonlyArray<{ id: string; name: string }>) {
    for (const { id, name } of entries) {
      const key = nameKey(name);
      this.ids.set(key, [...(this.ids.get(key) ?? []), id]);
    }
  }

  /** Every id with this name: none, one, or several (ambiguous). */
  find(name: string): string[] {
    return this.ids.get(nameKey(name)) ?? [];
  }
}
