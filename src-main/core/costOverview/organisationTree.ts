/**
 * The organisation hierarchy (organisations.parent_id) of the live organisations: an
 * organisation's subtree is itself and every organisation below it. A parent that is not live
 * ends the chain. The walk remembers what it saw, so a cycle in the data cannot loop forever.
 */
export class OrganisationTree {
  private readonly children = new Map<string, string[]>();

  constructor(organisations: Iterable<{ id: string; parentId: string | null }>) {
    for (const organisation of organisations) {
      if (organisation.parentId === null) continue;
      const siblings = this.children.get(organisation.parentId);
      if (siblings) siblings.push(organisation.id);
      else this.children.set(organisation.parentId, [organisation.id]);
    }
  }

  /** The organisation and everything below it. */
  subtree(id: string): Set<string> {
    const found = new Set<string>([id]);
    const pending = [id];
    while (pending.length > 0) {
      for (const child of this.children.get(pending.pop()!) ?? []) {
        if (found.has(child)) continue;
        found.add(child);
        pending.push(child);
      }
    }
    return found;
  }
}
