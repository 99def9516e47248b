/**
 * Chart frame sizes. The server renders every chart into a fixed viewBox so the
 * HTML never waits for a measurement; once hydrated, a chart re-fits its viewBox
 * to its measured width so text stays at its true size on a phone.
 */
export interface Frame {
  /** viewBox width and height, px. */
  width: number;
  height: number;
}

/** The frame every chart renders on the server. */
export const SSR_FRAME: Frame = { width: 640, height: 384 };

/**
 * The frame for a measured container width: narrower than 520 px gets a taller
 * shape so a phone shows a readable chart; widths are clamped to 300–760 px.
 * `undefined` (not measured yet, or the server) gives the SSR frame.
 */
export function fitFrame(measured: number | undefined, wideRatio = 0.6, narrowRatio = 0.85): Frame {
  if (!measured || !Number.isFinite(measured)) return SSR_FRAME;
  const width = Math.round(Math.min(Math.max(measured, 300), 760));
  return { width, height: Math.round(width * (width < 520 ? narrowRatio : wideRatio)) };
}
