/**
 * Every chart that can drive a scrolly, by id: its states in step order. The
 * story's browser tests read this to check that each step shows its state.
 */
import { DEATHS_STATES } from './deathsState';

export const CHART_STATES: Record<string, readonly { id: string }[]> = {
  deaths: DEATHS_STATES,
};
