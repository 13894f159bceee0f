import { COST_CATEGORIES, type CostCategory } from '../../../shared/domain/cost';

export const CATEGORY_COUNT = COST_CATEGORIES.length;

/** Position of each category in COST_CATEGORIES: the index CategoryYears is kept by. */
export const CATEGORY_INDEX: ReadonlyMap<CostCategory, number> = new Map(
  COST_CATEGORIES.map((category, index) => [category, index]),
);

/**
 * Cents of one owner (a channel, an organisation, the whole view) per category and per year of the
 * asked range: one flat array, category-major, so adding a line is one addition per year.
 */
export class CategoryYears {
  readonly cents: number[];
  /** Categories (bit per CATEGORY_INDEX) with a line whose period reaches into the range, even at 0 cents. */
  touched = 0;

  constructor(readonly yearCount: number) {
    this.cents = new Array<number>(CATEGORY_COUNT * yearCount).fill(0);
  }

  add(category: number, year: number, cents: number): void {
    this.cents[category * this.yearCount + year]! += cents;
  }

  /** Adds a line's cents per year (index 0 = the range's first year). */
  addYears(category: number, years: readonly number[]): void {
    this.touched |= 1 << category;
    for (let year = 0; year < years.length; year += 1) this.cents[category * this.yearCount + year]! += years[year]!;
  }

  addAll(other: CategoryYears): void {
    this.touched |= other.touched;
    for (let i = 0; i < this.cents.length; i += 1) this.cents[i]! += other.cents[i]!;
  }

  at(category: number, year: number): number {
    return this.cents[category * this.yearCount + year]!;
  }

  /** One year, summed over the given categories. */
  year(year: number, categories: readonly number[]): number {
    let sum = 0;
    for (const category of categories) sum += this.cents[category * this.yearCount + year]!;
    return sum;
  }

  /** Every year, summed over the given categories. */
  total(categories: readonly number[]): number {
    let sum = 0;
    for (let year = 0; year < this.yearCount; year += 1) sum += this.year(year, categories);
    return sum;
  }

  touches(categories: readonly number[]): boolean {
    return categories.some((category) => (this.touched & (1 << category)) !== 0);
  }
}

/** The entry of `key`, created empty on first use. */
export function entryOf(map: Map<string, CategoryYears>, key: string, yearCount: number): CategoryYears {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = new CategoryYears(yearCount)));
  return entry;
}
