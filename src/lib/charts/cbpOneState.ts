/**
 * Step → state for the CBP One figure: a timeline from launch to shutdown above
 * a panel that changes with the story (what the app collects, where it worked,
 * scarcity, the total and the shutdown).
 */
import { stepIndex } from './stepIndex';

export interface CbpOneState {
  /** Name exposed as data-state on the chart root. */
  id: 'collects' | 'geofence' | 'scarcity' | 'shutdown';
  /** Which panel is drawn under the timeline. */
  panel: 'collects' | 'regions' | 'demand' | 'total';
  /** Event kinds highlighted and labelled on the timeline. */
  kinds: ('launch' | 'rule' | 'appointments' | 'capacity' | 'geofence' | 'oversight' | 'shutdown')[];
}

export const CBP_ONE_STATES: readonly CbpOneState[] = [
  { id: 'collects', panel: 'collects', kinds: ['launch', 'rule'] },
  { id: 'geofence', panel: 'regions', kinds: ['geofence'] },
  { id: 'scarcity', panel: 'demand', kinds: ['capacity'] },
  { id: 'shutdown', panel: 'total', kinds: ['appointments', 'shutdown'] },
];

/** The state for a scroll step; steps outside the range clamp to the first or last state (±Infinity too), NaN shows the first (see stepIndex). */
export function cbpOneStateForStep(step: number): CbpOneState {
  const i = stepIndex(step, CBP_ONE_STATES.length);
  return CBP_ONE_STATES[i]!;
}

/** Prefixes of the UI strings the CBP One chart uses (passed to it with pickStrings); it shares the qualifier words of the tools chart. */
export const CBP_ONE_STRINGS = ['cbpone.', 'figure.', 'tools.qualifier.'] as const;
