/**
 * Step → state for the surveillance-tools network. Each state names the
 * suppliers whose flows are highlighted; the rest of the network stays visible
 * but recedes, so the reader always sees where a flow sits in the whole.
 */
import { stepIndex } from './stepIndex';

export interface ToolsState {
  /** Name exposed as data-state on the chart root. */
  id: 'subpoenas' | 'babel-x' | 'lexisnexis' | 'vigilant' | 'network';
  /** Supplier node ids whose links are highlighted; "all" for the whole network. */
  suppliers: string[] | 'all';
}

export const TOOLS_STATES: readonly ToolsState[] = [
  { id: 'subpoenas', suppliers: ['tech-platforms'] },
  { id: 'babel-x', suppliers: ['babel-street'] },
  { id: 'lexisnexis', suppliers: ['lexisnexis'] },
  { id: 'vigilant', suppliers: ['vigilant'] },
  { id: 'network', suppliers: 'all' },
];

/** The state for a scroll step; steps outside the range clamp to the first or last state (±Infinity too), NaN shows the first (see stepIndex). */
export function toolsStateForStep(step: number): ToolsState {
  const i = stepIndex(step, TOOLS_STATES.length);
  return TOOLS_STATES[i]!;
}

/** True when a link from `supplier` is highlighted in `state`. */
export function isHighlighted(state: ToolsState, supplier: string): boolean {
  return state.suppliers === 'all' || state.suppliers.includes(supplier);
}

/** Prefixes of the UI strings the tools chart uses (passed to it with pickStrings). */
export const TOOLS_STRINGS = ['tools.', 'figure.'] as const;
