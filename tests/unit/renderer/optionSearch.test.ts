import { describe, expect, it } from 'vitest';
import { findOption } from '../../../src-renderer/components/grid/optionSearch';

const OPTIONS = [
  ['', '(geen: gedeelde kost)'],
  ['a', 'Mechelen Kinderstad (Facebook)'],
  ['b', 'Mechelen.be (Website)'],
  ['c', 'Stadsbestuur Mechelen (Facebook)'],
  ['d', 'Één Mechelen (Website)'],
] as const;

describe('findOption (typing in a select cell)', () => {
  it('finds the first label starting with the typed text, ignoring case', () => {
    expect(findOption(OPTIONS, 'mechelen.')?.[0]).toBe('b');
    expect(findOption(OPTIONS, 'M')?.[0]).toBe('a');
    expect(findOption(OPTIONS, 'stadsb')?.[0]).toBe('c');
  });

  it('ignores accents', () => {
    expect(findOption(OPTIONS, 'een')?.[0]).toBe('d');
  });

  it('falls back to a label containing the text, and finds nothing for what no label holds', () => {
    expect(findOption(OPTIONS, 'kinderstad')?.[0]).toBe('a');
    expect(findOption(OPTIONS, 'twitter')).toBeUndefined();
    expect(findOption(OPTIONS, '')).toBeUndefined();
  });
});
