import { describe, expect, it } from 'vitest';
import type { ExportChannel } from '../../../../src-main/core/exports/exportDataset';
import { groupByPlatform } from '../../../../src-main/core/exports/platformGroups';

function channel(
  id: string,
  name: string,
  platform: ExportChannel['platform'],
  organisation: string | null,
  kind: ExportChannel['organisationKind'],
): ExportChannel {
  return {
    id,
    name,
    kind: platform === 'website' ? 'website' : 'social',
    platform,
    platformLabel: platform,
    organisationName: organisation,
    organisationKind: kind,
    organisationKindLabel: null,
    handle: null,
    url: null,
    responsibleName: null,
    status: null,
    statusLabel: 'Niet beoordeeld',
    latestCount: null,
    latestMetric: null,
    latestMetricLabel: null,
    latestDate: null,
    countAtFrom: null,
    countAtTo: null,
    growth: null,
    costByYear: {},
    knownCostCents: null,
    countsInPeriod: [],
  };
}

describe('grouping by platform as the 2014 list does', () => {
  it('platforms in the app order; city channels by organisation tree order and name, without organisation last; then partner projects', () => {
    const organisationOf: Record<string, string | null> = {
      a: 'bib',
      b: 'stad',
      c: 'stad',
      d: null,
      e: 'wolf',
      f: 'bib',
      g: 'stad',
    };
    const order = new Map([
      ['stad', 0],
      ['bib', 1],
      ['wolf', 2],
    ]);
    const channels = [
      channel('a', 'Bibliotheek', 'facebook', 'Bibliotheek Mechelen', 'stadsdienst'),
      channel('b', 'Zomer in Mechelen', 'facebook', 'Stad Mechelen', 'stadsdienst'),
      channel('c', 'Stadsbestuur Mechelen', 'facebook', 'Stad Mechelen', 'stadsdienst'),
      channel('d', 'Zonder organisatie', 'facebook', null, null),
      channel('e', 'Project Wolf', 'facebook', 'Project Wolf', 'partnerproject'),
      channel('f', 'bibliotheek.mechelen.be', 'website', 'Bibliotheek Mechelen', 'stadsdienst'),
      channel('g', 'Stad Mechelen', 'twitter', 'Stad Mechelen', 'stadsdienst'),
    ];
    const groups = groupByPlatform(channels, (c) => organisationOf[c.id]!, order);
    expect(
      groups.map((group) => [group.platform, group.cityChannels.map((c) => c.id), group.partnerChannels.map((c) => c.id)]),
    ).toEqual([
      ['website', ['f'], []],
      ['facebook', ['c', 'b', 'a', 'd'], ['e']],
      ['twitter', ['g'], []],
    ]);
  });
});
