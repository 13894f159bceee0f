import { ORGANISATION_KINDS, type Organisation, type OrganisationKind } from '../../../shared/domain/organisation';

export interface TreeRow {
  organisation: Organisation;
  /** 0 for a top-level organisation, 1 for a department under it, ... */
  depth: number;
  parent: Organisation | null;
}

export interface TreeGroup {
  /** The kind of the top-level organisations in the group: stad and its departments, AGBs, EVAs, ... */
  kind: OrganisationKind;
  rows: TreeRow[];
}

const byName = (a: Organisation, b: Organisation) => a.name.localeCompare(b.name, 'nl-BE', { sensitivity: 'base' });

/**
 * The organisations in tree order: each top-level organisation followed by its parts (depth-first,
 * by name), grouped by the kind of the top-level one in the order of ORGANISATION_KINDS.
 * An organisation whose parent is missing (or a loop in old data) is shown at the top level.
 */
export function organisationTree(organisations: Organisation[]): TreeGroup[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const children = new Map<string, Organisation[]>();
  const roots: Organisation[] = [];
  for (const organisation of organisations) {
    const parent = organisation.parentId ? byId.get(organisation.parentId) : undefined;
    if (parent && !isOwnAncestor(organisation, byId)) {
      children.set(parent.id, [...(children.get(parent.id) ?? []), organisation]);
    } else {
      roots.push(organisation);
    }
  }
  const walk = (organisation: Organisation, depth: number, parent: Organisation | null, into: TreeRow[]) => {
    into.push({ organisation, depth, parent });
    for (const child of (children.get(organisation.id) ?? []).sort(byName)) walk(child, depth + 1, organisation, into);
  };
  return ORGANISATION_KINDS.map((kind) => {
    const rows: TreeRow[] = [];
    for (const root of roots.filter((r) => r.kind === kind).sort(byName)) walk(root, 0, null, rows);
    return { kind, rows };
  }).filter((group) => group.rows.length > 0);
}

function isOwnAncestor(organisation: Organisation, byId: Map<string, Organisation>): boolean {
  const seen = new Set<string>();
  let cursor = organisation.parentId;
  while (cursor) {
    if (cursor === organisation.id || seen.has(cursor)) return true;
    seen.add(cursor);
    cursor = byId.get(cursor)?.parentId ?? null;
  }
  return false;
}

/** The organisation and everything under it: what may not become its parent. */
export function selfAndDescendants(id: string, organisations: Organisation[]): Set<string> {
  const result = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const organisation of organisations) {
      if (organisation.parentId && result.has(organisation.parentId) && !result.has(organisation.id)) {
        result.add(organisation.id);
        grew = true;
      }
    }
  }
  return result;
}

export interface OrganisationOption {
  id: string;
  /** The name indented by its depth (non-breaking spaces), so a <select> shows the tree. */
  label: string;
}

/** Options for an organisation <select>, in tree order, leaving out `exclude`. */
export function organisationOptions(organisations: Organisation[], exclude: Set<string> = new Set()): OrganisationOption[] {
  return organisationTree(organisations)
    .flatMap((group) => group.rows)
    .filter((row) => !exclude.has(row.organisation.id))
    .map((row) => ({ id: row.organisation.id, label: `${'\u00a0\u00a0\u00a0'.repeat(row.depth)}${row.organisation.name}` }));
}
