import { describe, expect, it } from 'vitest';
import { layoutDisplayRows } from '../../../src-renderer/components/grid/displayRows';

describe('layoutDisplayRows', () => {
  it('without groups: the rows, then the new-channel line', () => {
    const layout = layoutDisplayRows(3, undefined);
    expect(layout.count).toBe(4);
    expect([0, 1, 2, 3].map(layout.at)).toEqual([
      { type: 'row', index: 0 },
      { type: 'row', index: 1 },
      { type: 'row', index: 2 },
      { type: 'new' },
    ]);
    expect(layout.displayIndexOf(2)).toBe(2);
  });

  it('with groups: a heading before each group, indices mapped both ways', () => {
    const groups = [
      { key: 'facebook', label: null, count: 2 },
      { key: 'twitter', label: null, count: 1 },
      { key: 'youtube', label: null, count: 3 },
    ];
    const layout = layoutDisplayRows(6, groups);
    expect(layout.count).toBe(6 + 3 + 1);
    const lines = Array.from({ length: layout.count }, (_, i) => layout.at(i));
    expect(
      lines.map((line) => (line.type === 'group' ? `g:${line.group.key}` : line.type === 'row' ? `r${line.index}` : 'new')),
    ).toEqual(['g:facebook', 'r0', 'r1', 'g:twitter', 'r2', 'g:youtube', 'r3', 'r4', 'r5', 'new']);
    for (let row = 0; row < 6; row += 1) {
      expect(layout.at(layout.displayIndexOf(row))).toEqual({ type: 'row', index: row });
    }
  });

  it('an empty register is just the new-channel line', () => {
    const layout = layoutDisplayRows(0, []);
    expect(layout.count).toBe(1);
    expect(layout.at(0)).toEqual({ type: 'new' });
  });
});
