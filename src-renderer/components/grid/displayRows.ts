/** What a group heading needs: how many rows follow it. */
export interface RowGroup {
  count: number;
}

/** A line of the grid: a group heading, a row (by its index in the query), or the empty line that adds one. */
export type DisplayRow<G extends RowGroup = RowGroup> =
  { type: 'group'; group: G } | { type: 'row'; index: number } | { type: 'new' };

/**
 * Lays the query's rows out for display: with grouping, each group's heading before its rows
 * (the core returns rows ordered by group, and every group's count); always one empty line at
 * the end for a new row.
 */
export function layoutDisplayRows<G extends RowGroup>(total: number, groups: G[] | undefined) {
  const headings: Array<{ at: number; group: G }> = [];
  if (groups && groups.length > 0) {
    let rowsBefore = 0;
    groups.forEach((group, position) => {
      headings.push({ at: rowsBefore + position, group });
      rowsBefore += group.count;
    });
  }
  const count = total + headings.length + 1;

  /** Display index -> what is shown there. Binary search over the headings keeps it O(log groups). */
  function at(displayIndex: number): DisplayRow<G> {
    if (displayIndex === count - 1) return { type: 'new' };
    let low = 0;
    let high = headings.length - 1;
    let before = 0;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const heading = headings[mid]!;
      if (heading.at === displayIndex) return { type: 'group', group: heading.group };
      if (heading.at < displayIndex) {
        before = mid + 1;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return { type: 'row', index: displayIndex - before };
  }

  /** Row index in the query -> display index. */
  function displayIndexOf(rowIndex: number): number {
    let shift = 0;
    for (const heading of headings) {
      if (heading.at <= rowIndex + shift) shift += 1;
      else break;
    }
    return rowIndex + shift;
  }

  return { count, at, displayIndexOf };
}
