/** Series colours: distinct, each at least 3:1 against white (WCAG 1.4.11). Cycled beyond ten. */
export const SERIES_COLOURS = [
  '#0b4f9c',
  '#b3002d',
  '#1d7a3a',
  '#7a3fa0',
  '#b35600',
  '#00798c',
  '#d1007a',
  '#5c4300',
  '#3d4b5c',
  '#7a7000',
] as const;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}
