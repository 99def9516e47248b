/**
 * Step → state for the El Salvador detentions chart. The scrolly passes a step
 * number; the chart shows the state this returns. Pure and data-free: states
 * name record ids and cut-off dates, never figures.
 */
import { stepIndex } from './stepIndex';

export interface ElSalvadorState {
  /** Name exposed as data-state on the chart root. */
  id: 'declared' | 'one-year' | 'to-2026' | 'abuses';
  /** Detention records dated up to this partial ISO date are drawn; null draws all. */
  through: string | null;
  /** Detention record ids labelled with their value. */
  highlight: string[];
  /** Detention record ids whose figures the step's sentence quotes, in order. */
  cite: string[];
  /** Show the panel of releases, complaints and deaths in custody. */
  abuses: boolean;
}

export const EL_SALVADOR_STATES: readonly ElSalvadorState[] = [
  { id: 'declared', through: '2022-04', highlight: ['detentions-2022-04'], cite: ['detentions-2022-04'], abuses: false },
  { id: 'one-year', through: '2023-03', highlight: ['detentions-2022-04', 'detentions-2023-03'], cite: ['detentions-2023-03'], abuses: false },
  { id: 'to-2026', through: null, highlight: ['detentions-2023-03', 'detentions-2026-02'], cite: ['detentions-2025-06', 'detentions-2026-02'], abuses: false },
  { id: 'abuses', through: null, highlight: [], cite: [], abuses: true },
];

/** The state for a scroll step; steps outside the range clamp to the first or last state (±Infinity too), NaN shows the first (see stepIndex). */
export function elSalvadorStateForStep(step: number): ElSalvadorState {
  const i = stepIndex(step, EL_SALVADOR_STATES.length);
  return EL_SALVADOR_STATES[i]!;
}

/** Prefixes of the UI strings the El Salvador chart uses (passed to it with pickStrings); it shares the qualifier words of the databases chart. */
export const EL_SALVADOR_STRINGS = ['elsalvador.', 'figure.', 'databases.qualifier.'] as const;
