import { describe, expect, it } from 'vitest';
import { OrganisationTree } from '../../../../src-main/core/costOverview/organisationTree';

describe('organisation subtrees', () => {
  it('holds the organisation and everything below it', () => {
    const tree = new OrganisationTree([
      { id: 'stad', parentId: null },
      { id: 'communicatie', parentId: 'stad' },
      { id: 'web', parentId: 'communicatie' },
      { id: 'agb', parentId: null },
    ]);
    expect([...tree.subtree('stad')].sort()).toEqual(['communicatie', 'stad', 'web']);
    expect([...tree.subtree('web')]).toEqual(['web']);
    expect([...tree.subtree('agb')]).toEqual(['agb']);
  });

  it('ends on a cycle in the data', () => {
    const tree = new OrganisationTree([
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ]);
    expect([...tree.subtree('a')].sort()).toEqual(['a', 'b']);
  });
});
