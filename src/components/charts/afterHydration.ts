/**
 * Runs `upgrade` one task after a chart hydrates. Hydration (claiming the server-rendered
 * SVG) and the upgrade to the interactive chart (exploration overlay, tooltips, marks only
 * the browser draws) then run as two short tasks instead of one long one, which a reader
 * would feel as a stutter while scrolling into the chart. Returns the cleanup for $effect.
 */
export function afterHydration(upgrade: () => void): () => void {
  const id = setTimeout(upgrade, 0);
  return () => clearTimeout(id);
}
