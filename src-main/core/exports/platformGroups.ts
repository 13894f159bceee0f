import type Database from 'better-sqlite3';
import { PLATFORMS } from '../../../shared/domain/channel';
import type { ExportChannel, PlatformGroup } from './exportDataset';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * The live organisations in the order of their tree: each one followed by its sub-organisations,
 * siblings by name. "Stad Mechelen" so comes before its departments, as the 2014 list put the
 * city's own page first.
 */
export function organisationOrder(db: Database.Database): Map<string, number> {
  const organisations = db
    .prepare(`SELECT id, name, parent_id AS parentId FROM organisations WHERE deleted_at IS NULL`)
    .all() as Array<{ id: string; name: string; parentId: string | null }>;
  const known = new Set(organisations.map((organisation) => organisation.id));
  const children = new Map<string | null, typeof organisations>();
  for (const organisation of organisations) {
    const parent = organisation.parentId !== null && known.has(organisation.parentId) ? organisation.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(organisation);
    else children.set(parent, [organisation]);
  }
  const order = new Map<string, number>();
  const visit = (parent: string | null) => {
    for (const organisation of (children.get(parent) ?? []).sort((a, b) => collator.compare(a.name, b.name))) {
      order.set(organisation.id, order.size);
      visit(organisation.id);
    }
  };
  visit(null);
  return order;
}

/**
 * The seed's grouping: per platform (in PLATFORMS order, only those present), the city's own
 * channels (departments, AGBs, EVAs, other, no organisation) before the partner projects, each
 * by organisation (tree order; channels without organisation last) and then by name.
 */
export function groupByPlatform(
  channels: readonly ExportChannel[],
  organisationIdOf: (channel: ExportChannel) => string | null,
  order: ReadonlyMap<string, number>,
): PlatformGroup[] {
  const rank = (channel: ExportChannel) => {
    const id = organisationIdOf(channel);
    return id === null ? Number.MAX_SAFE_INTEGER : (order.get(id) ?? Number.MAX_SAFE_INTEGER - 1);
  };
  const sorted = [...channels].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      collator.compare(a.organisationName ?? '', b.organisationName ?? '') ||
      collator.compare(a.name, b.name) ||
      a.id.localeCompare(b.id),
  );
  const groups: PlatformGroup[] = [];
  for (const platform of PLATFORMS) {
    const onPlatform = sorted.filter((channel) => channel.platform === platform);
    if (onPlatform.length === 0) continue;
    groups.push({
      platform,
      platformLabel: onPlatform[0]!.platformLabel,
      cityChannels: onPlatform.filter((channel) => channel.organisationKind !== 'partnerproject'),
      partnerChannels: onPlatform.filter((channel) => channel.organisationKind === 'partnerproject'),
    });
  }
  return groups;
}
