/**
 * Splits a whole number of cents into whole parts in proportion to weights, so that the parts add
 * up to the amount exactly (largest remainder, Hamilton's method): every part first gets the floor
 * of its exact share, and the cents left over go one each to the parts with the largest
 * remainders; on equal remainders the earlier part wins, so the same input always gives the same
 * split. A negative amount (a credit note) is split as its opposite and negated, so a credit
 * mirrors the invoice it cancels.
 *
 * Every weight the overview uses is a count (days, channels, followers), so weights are whole
 * numbers and the shares are computed exactly: with plain numbers while amount x total weight stays
 * below 2^53, with BigInt beyond (large follower counts), never with fractions that could decide
 * a cent by rounding error.
 */
export function splitByWeights(amount: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`splitByWeights: amount ${amount} is not a whole number of cents`);
  let total = 0;
  for (const weight of weights) {
    if (!Number.isSafeInteger(weight) || weight < 0) throw new RangeError(`splitByWeights: weight ${weight} is not a count`);
    total += weight;
  }
  if (total <= 0) throw new RangeError('splitByWeights: at least one weight must be positive');
  if (amount < 0) return splitByWeights(-amount, weights).map((part) => 0 - part);
  return Number.isSafeInteger(total) && amount * total <= Number.MAX_SAFE_INTEGER
    ? splitExact(amount, weights, total)
    : splitBig(amount, weights);
}

/**
 * splitByWeights(amount, [first, second])[0], without building arrays (the second part is amount
 * minus it): a period over two months is the most common split, hundreds of thousands per query.
 */
export function firstOfTwo(amount: number, first: number, second: number): number {
  const total = first + second;
  if (!(
    Number.isSafeInteger(amount) &&
    first >= 0 &&
    second >= 0 &&
    total > 0 &&
    Math.abs(amount) * total <= Number.MAX_SAFE_INTEGER
  )) {
    return splitByWeights(amount, [first, second])[0]!; // checks the input, splits exactly with BigInt
  }
  if (amount < 0) return 0 - firstOfTwo(-amount, first, second);
  const firstPart = exactFloor(amount * first, total);
  const secondPart = exactFloor(amount * second, total);
  // At most one cent is left: it goes to the larger remainder, to the first on a tie.
  const firstWins = amount * first - firstPart * total >= amount * second - secondPart * total;
  return amount - firstPart - secondPart === 1 && firstWins ? firstPart + 1 : firstPart;
}

/** floor(share / total) of safe integers: float division can land one off, the remainder says so. */
function exactFloor(share: number, total: number): number {
  const part = Math.floor(share / total);
  const remainder = share - part * total;
  return remainder < 0 ? part - 1 : remainder >= total ? part + 1 : part;
}

function splitExact(amount: number, weights: readonly number[], total: number): number[] {
  const parts = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  let given = 0;
  for (let i = 0; i < weights.length; i += 1) {
    const share = amount * weights[i]!;
    const part = exactFloor(share, total);
    parts[i] = part;
    remainders[i] = share - part * total;
    given += part;
  }
  return giveLeftover(parts, remainders, amount - given);
}

function splitBig(amount: number, weights: readonly number[]): number[] {
  const big = BigInt(amount);
  const total = weights.reduce((sum, weight) => sum + BigInt(weight), 0n);
  const parts = new Array<number>(weights.length);
  const remainders = new Array<bigint>(weights.length);
  let given = 0;
  for (let i = 0; i < weights.length; i += 1) {
    const share = big * BigInt(weights[i]!);
    parts[i] = Number(share / total);
    remainders[i] = share % total;
    given += parts[i]!;
  }
  return giveLeftover(parts, remainders, amount - given);
}

/** One cent each to the `left` parts with the largest remainders (earlier part first on a tie). */
function giveLeftover<R extends number | bigint>(parts: number[], remainders: readonly R[], left: number): number[] {
  if (left === 0) return parts;
  if (left === 1 || remainders.length <= 16) {
    // One cent, or few parts (a period's months): take the largest remainder left, no sort. A part
    // that got its cent has its remainder below every other's from then on (-1 is below any).
    const rest: Array<number | bigint> = left === 1 ? (remainders as unknown as Array<number | bigint>) : [...remainders];
    for (let k = 0; k < left; k += 1) {
      let best = 0;
      for (let i = 1; i < rest.length; i += 1) if (rest[i]! > rest[best]!) best = i;
      rest[best] = -1;
      parts[best]! += 1;
    }
    return parts;
  }
  const order = remainders.map((_, index) => index);
  order.sort((a, b) => (remainders[a]! > remainders[b]! ? -1 : remainders[a]! < remainders[b]! ? 1 : a - b));
  for (let k = 0; k < left; k += 1) parts[order[k]!]! += 1;
  return parts;
}
