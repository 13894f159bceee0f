/** The drawing style the charts share: dark ink on white, a light grid, the app's font (so exports match the screen). */
export const CHART_INK = '#1b1f24';
export const CHART_GRID = '#d4d9de';
export const AXIS_FONT = { fontSize: 12, fill: CHART_INK, fontFamily: "'DejaVu Sans', 'Segoe UI', sans-serif" };
