/**
 * Band colours for campaigns on the charts: light enough that the lines stay readable over
 * them, distinct from one another (Okabe–Ito hues, which colour-blind readers can tell apart).
 */
export const CAMPAIGN_PALETTE = ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7'] as const;

/** The first palette colour no live campaign uses yet; when all are taken, the palette starts over. */
export function nextCampaignColour(used: readonly string[]): string {
  const taken = new Set(used.map((colour) => colour.toLowerCase()));
  return CAMPAIGN_PALETTE.find((colour) => !taken.has(colour)) ?? CAMPAIGN_PALETTE[used.length % CAMPAIGN_PALETTE.length]!;
}
