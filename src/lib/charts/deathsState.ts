/**
 * Step → state for the deaths-by-year chart. The scrolly passes a step number;
 * the chart shows the state this returns. Pure, so it is unit-tested and the
 * no-JavaScript fallback can render every state on the server.
 */
import { stepIndex } from './stepIndex';

export type DeathsMode = 'usbp' | 'iom';

export interface DeathsState {
  /** Name exposed as data-state on the chart root. */
  id: 'usbp-long' | 'usbp-jump' | 'usbp-final' | 'iom' | 'compare';
  /** Which count the axes and main line show. */
  mode: DeathsMode;
  /** Series drawn, in drawing order. */
  series: ('usbp' | 'usbp-cbs' | 'iom-usmx')[];
  /** Record ids to emphasise with a label. */
  highlight: string[];
}

export const DEATHS_STATES: readonly DeathsState[] = [
  { id: 'usbp-long', mode: 'usbp', series: ['usbp'], highlight: ['usbp-1998', 'usbp-2005'] },
  { id: 'usbp-jump', mode: 'usbp', series: ['usbp', 'usbp-cbs'], highlight: ['usbp-cbs-2021', 'usbp-cbs-2022'] },
  { id: 'usbp-final', mode: 'usbp', series: ['usbp', 'usbp-cbs'], highlight: ['usbp-2021', 'usbp-2022', 'usbp-2023'] },
  { id: 'iom', mode: 'iom', series: ['iom-usmx'], highlight: ['iom-usmx-2021', 'iom-usmx-2022'] },
  { id: 'compare', mode: 'iom', series: ['iom-usmx', 'usbp'], highlight: ['iom-usmx-2022', 'usbp-2022'] },
];

/** The state for a scroll step; steps outside the range clamp to the first or last state (±Infinity too), NaN shows the first (see stepIndex). */
export function deathsStateForStep(step: number): DeathsState {
  const i = stepIndex(step, DEATHS_STATES.length);
  return DEATHS_STATES[i]!;
}

/** The state a reader's series switch asks for: the step's state, or the first state of the other count. */
export function deathsStateForMode(step: number, mode: DeathsMode | null): DeathsState {
  const fromStep = deathsStateForStep(step);
  if (mode === null || mode === fromStep.mode) return fromStep;
  return DEATHS_STATES.find((s) => s.mode === mode)!;
}

/** Prefixes of the UI strings the deaths chart uses (passed to it with pickStrings). */
export const DEATHS_STRINGS = ['deaths.', 'figure.'] as const;
