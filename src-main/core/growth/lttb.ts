/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013): picks `threshold` of the
 * points so that the line drawn through them keeps the shape of the full line. The first and
 * the last point are always kept. On top of LTTB, the global minimum and maximum and any index
 * in `keep` (the edges of a gap) are kept too, so a peak or a dip an analyst looks for never
 * disappears; LTTB gets a correspondingly smaller budget so the result stays within
 * `threshold`.
 *
 * `xs` must be ascending. Returns the chosen indices, ascending.
 */
export function lttbIndices(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  threshold: number,
  keep: Iterable<number> = [],
): number[] {
  const n = xs.length;
  if (threshold >= n || n <= 2) return Array.from({ length: n }, (_, i) => i);
  const extra = new Set<number>([...keep].filter((i) => i > 0 && i < n - 1));
  let min = 0;
  let max = 0;
  for (let i = 1; i < n; i += 1) {
    if (ys[i]! < ys[min]!) min = i;
    if (ys[i]! > ys[max]!) max = i;
  }
  for (const i of [min, max]) if (i > 0 && i < n - 1) extra.add(i);

  // First and last, plus the kept extras, come out of the budget; LTTB needs at least 3 points.
  const budget = Math.max(3, threshold - extra.size);
  const chosen = new Set<number>(budget >= n ? Array.from({ length: n }, (_, i) => i) : lttbCore(xs, ys, budget));
  for (const i of extra) chosen.add(i);
  return [...chosen].sort((a, b) => a - b);
}

/** Plain LTTB: exactly `threshold` indices (3 <= threshold < n), first and last included. */
function lttbCore(xs: ArrayLike<number>, ys: ArrayLike<number>, threshold: number): number[] {
  const n = xs.length;
  const chosen: number[] = [0];
  const bucketSize = (n - 2) / (threshold - 2);
  let a = 0;
  for (let bucket = 0; bucket < threshold - 2; bucket += 1) {
    // The average of the next bucket is the third corner of the triangle.
    const nextStart = Math.floor((bucket + 1) * bucketSize) + 1;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let i = nextStart; i < nextEnd; i += 1) {
      avgX += xs[i]!;
      avgY += ys[i]!;
    }
    const span = nextEnd - nextStart;
    avgX /= span;
    avgY /= span;

    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.floor((bucket + 1) * bucketSize) + 1;
    let bestArea = -1;
    let best = start;
    for (let i = start; i < end; i += 1) {
      const area = Math.abs((xs[a]! - avgX) * (ys[i]! - ys[a]!) - (xs[a]! - xs[i]!) * (avgY - ys[a]!));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    chosen.push(best);
    a = best;
  }
  chosen.push(n - 1);
  return chosen;
}
