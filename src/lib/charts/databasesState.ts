/**
 * Step → state for the IDENT/HART figure. Three scenes share one SVG: IDENT's
 * growth, HART's cost and schedule slip, and the risks acknowledged. Pure.
 */
import { stepIndex } from './stepIndex';

export interface DatabasesState {
  /** Name exposed as data-state on the chart root. */
  id: 'ident-growth' | 'hart-schedule' | 'risks';
  /** Which scene the SVG shows. */
  scene: 'growth' | 'schedule' | 'risks';
  /** Record ids (counts, milestones or risks) labelled in the scene. */
  highlight: string[];
}

export const DATABASES_STATES: readonly DatabasesState[] = [
  { id: 'ident-growth', scene: 'growth', highlight: ['ident-2013', 'ident-2023'] },
  { id: 'hart-schedule', scene: 'schedule', highlight: ['ioc-2019', 'ioc-2022'] },
  { id: 'risks', scene: 'risks', highlight: ['gao-privacy'] },
];

/** The state for a scroll step; steps outside the range clamp to the first or last state (±Infinity too), NaN shows the first (see stepIndex). */
export function databasesStateForStep(step: number): DatabasesState {
  const i = stepIndex(step, DATABASES_STATES.length);
  return DATABASES_STATES[i]!;
}

/** Prefixes of the UI strings the databases chart uses (passed to it with pickStrings). */
export const DATABASES_STRINGS = ['databases.', 'figure.'] as const;
