import { describe, expect, it } from 'vitest';
import { parseCellCount, parseCellMetric } from '../../../../src-main/core/snapshots/countCells';
import { defaultMetric } from '../../../../src-main/core/snapshots/defaultMetric';
import { implausibleDrop } from '../../../../src-main/core/snapshots/implausibleDrop';

describe('pasted count cells', () => {
  it('reads nl-BE counts with dots or spaces between thousands', () => {
    expect(parseCellCount('1234')).toBe(1234);
    expect(parseCellCount('1.234')).toBe(1234);
    expect(parseCellCount('1.234.567')).toBe(1_234_567);
    expect(parseCellCount('1 234')).toBe(1234);
    expect(parseCellCount('1\u00a0234')).toBe(1234);
    expect(parseCellCount(' 0 ')).toBe(0);
  });

  it('refuses what is no whole count, or where the separator could mean a decimal', () => {
    expect(parseCellCount('1,234')).toBeNull();
    expect(parseCellCount('12,5')).toBeNull();
    expect(parseCellCount('1.5')).toBeNull();
    expect(parseCellCount('1.23')).toBeNull();
    expect(parseCellCount('1.234 567')).toBeNull();
    expect(parseCellCount('-5')).toBeNull();
    expect(parseCellCount('')).toBeNull();
    expect(parseCellCount('veel')).toBeNull();
    expect(parseCellCount('99999999999')).toBeNull();
  });

  it('reads metrics by code or by Dutch or English label', () => {
    expect(parseCellMetric('volgers')).toBe('followers');
    expect(parseCellMetric('Abonnees')).toBe('subscribers');
    expect(parseCellMetric('likes')).toBe('likes');
    expect(parseCellMetric('leden')).toBe('members');
    expect(parseCellMetric('members')).toBe('members');
    expect(parseCellMetric('kijkers')).toBeNull();
  });

  it('defaults the metric by platform', () => {
    expect(defaultMetric('facebook')).toBe('likes');
    expect(defaultMetric('youtube')).toBe('subscribers');
    expect(defaultMetric('linkedin')).toBe('followers');
    expect(defaultMetric('twitter')).toBe('followers');
  });

  it('flags a drop of more than half, not a drop of exactly half or a rise', () => {
    expect(implausibleDrop(1000, 499)).not.toBeNull();
    expect(implausibleDrop(1000, 500)).toBeNull();
    expect(implausibleDrop(1000, 2000)).toBeNull();
    expect(implausibleDrop(0, 0)).toBeNull();
    expect(implausibleDrop(1234, 100)).toEqual({
      message: 'Daling van meer dan 50 %: van 1.234 naar 100 (−92 %). Controleer deze telling.',
      messageEn: 'Drop of more than 50%: from 1,234 to 100 (−92%). Please check this count.',
    });
  });
});
