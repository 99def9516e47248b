/**
 * `?step=` in a chart's URL, shared by the build (registry) and the browser (Views.svelte):
 * a view number counted from 1, as the view buttons are numbered, or a state id.
 * Dependency-free so an island can import it without pulling in every chart's states.
 */

/** The 0-based step `value` names among `states` (state ids in step order), or null. */
export function stepFromParam(states: readonly string[], value: string | null | undefined): number | null {
  if (value == null || value === '') return null;
  const byId = states.indexOf(value);
  if (byId >= 0) return byId;
  if (!/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= states.length ? n - 1 : null;
}

/** The `?step=` value for a 0-based step: the view number. */
export const stepParam = (step: number) => String(step + 1);
