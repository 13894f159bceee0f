import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { growthChart } from '../../../../src-main/core/exports/growthChart';
import { escapeXml, growthChartSvg } from '../../../../src-main/core/exports/growthChartSvg';
import { channel, dataset } from './docxTestDataset';

/**
 * The note's growth chart is an SVG built from channel names and rendered to PNG with resvg:
 * a name with markup, quotes, ampersands or characters XML does not allow must neither become
 * markup nor break the render (and with it the whole Word note).
 */
const HOSTILE_NAMES = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  "Tom & Jerry's <b>kanaal</b>",
  ']]><!-- &amp; -->',
  'Bel\u0001 ons\u000b nu\u001f',
  `${'e'.repeat(50)}😀😀😀`,
  'half \ud83d emoji',
];

describe('escapeXml', () => {
  it('writes < > & " \' as character references', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;Tom &#38; &#39;Jerry&#39;&#60;/a&#62;');
  });

  it('replaces characters XML 1.0 does not allow, keeps tab, line feed and emoji', () => {
    expect(escapeXml('a\u0000b\u0001c\u000bd\u000ce\u001ff\ufffe')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffd');
    expect(escapeXml('tab\there\nline')).toBe('tab\there\nline');
    expect(escapeXml('😀')).toBe('😀');
    expect(escapeXml('x\ud83dy\ude00z')).toBe('x\ufffdy\ufffdz');
  });
});

describe('a chart of channels with hostile names', () => {
  it('renders every name as text, in an SVG resvg parses', () => {
    const svg = growthChartSvg({
      title: HOSTILE_NAMES[0]!,
      from: '2025-01-01',
      to: '2025-12-31',
      yLabel: HOSTILE_NAMES[3]!,
      series: HOSTILE_NAMES.map((label, index) => ({ label, points: [{ date: '2025-03-01', count: 10 * (index + 1) }] })),
    });
    expect(svg).not.toMatch(/<(img|script|b|!--)/);
    expect(svg).not.toMatch(/<svg[^>]*onload/);
    expect(svg.match(/<svg /g)).toHaveLength(1);
    expect(svg).toContain('&#60;img src=x onerror=&#34;window.__xss=1&#34;&#62;');
    expect(svg).toContain('Tom &#38; Jerry&#39;s &#60;b&#62;kanaal&#60;/b&#62;');
    expect(new Resvg(svg).render().width).toBe(960);
  });

  it('the note chart (SVG -> PNG) does not break on them', () => {
    const channels = HOSTILE_NAMES.map((name, index) =>
      channel({ name, latestMetricLabel: 'volgers', countsInPeriod: [{ date: '2025-02-01', count: 100 + index }] }),
    );
    const chart = growthChart(dataset(channels))!;
    expect(chart.png.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    // The description (the picture's alternative text in the note) keeps the names as typed.
    expect(chart.description).toContain('<img src=x onerror="window.__xss=1">');
  });
});
