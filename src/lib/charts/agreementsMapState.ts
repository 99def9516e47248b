/**
 * Step → state for the data-sharing map (map 2). Pure data plus one pure
 * function that says, for a state, which agreements are drawn and which are
 * emphasised; the map and its tests share it.
 */
import { stepIndex } from './stepIndex';

export type AgreementsFacet = 'date' | 'data' | 'coverage';

export interface AgreementsMapState {
  /** Name exposed as data-state on the map root. */
  id: 'mexico' | 'wave-2019' | 'what-flows' | 'who-is-covered' | 'later';
  /** Agreements dated up to this year are drawn (undated ones never: they cannot be placed in a period). */
  until: number;
  /** Emphasised: these ids, or every drawn agreement dated from this year on. */
  emphasis: { ids?: readonly string[]; fromYear?: number };
  /** What the list beside the map says about each emphasised flow. */
  facet: AgreementsFacet;
  /** Countries drawn as the focus of the step (the others stay as context). */
  focus: readonly string[];
  /** A figure of one agreement written on the map beside a country (e.g. the 52 stations). */
  callout?: { id: string; key: string; country: string };
}

const NCA = ['USA', 'GTM', 'HND', 'SLV'] as const;

export const AGREEMENTS_MAP_STATES: readonly AgreementsMapState[] = [
  { id: 'mexico', until: 2018, emphasis: { ids: ['usa-mex-moc-2013', 'mex-inm-dhs-terminals'] }, facet: 'date', focus: ['USA', 'MEX'], callout: { id: 'mex-inm-dhs-terminals', key: 'stations', country: 'MEX' } },
  { id: 'wave-2019', until: 2019, emphasis: { fromYear: 2019 }, facet: 'date', focus: NCA },
  {
    id: 'what-flows',
    until: 2019,
    emphasis: { ids: ['mex-inm-dhs-terminals', 'usa-gtm-biometrics-2019-08', 'usa-hnd-bdsp-2019', 'usa-slv-loi-2019'] },
    facet: 'data',
    focus: ['USA', 'MEX', 'GTM', 'HND', 'SLV'],
  },
  {
    id: 'who-is-covered',
    until: 2019,
    emphasis: { ids: ['usa-gtm-biometrics-2019-08', 'usa-slv-loi-2019', 'usa-slv-bdsp-2019'] },
    facet: 'coverage',
    focus: ['USA', 'GTM', 'SLV'],
  },
  { id: 'later', until: 9999, emphasis: { fromYear: 2025 }, facet: 'date', focus: ['USA', 'GTM', 'HND'] },
];

/** The state for a scroll step; steps outside the range clamp to the first or last state (±Infinity too), NaN shows the first (see stepIndex). */
export function agreementsMapStateForStep(step: number): AgreementsMapState {
  const i = stepIndex(step, AGREEMENTS_MAP_STATES.length);
  return AGREEMENTS_MAP_STATES[i]!;
}

export type Visibility = 'emphasis' | 'context' | 'hidden';

/** How one agreement appears in a state: emphasised, drawn as context, or not drawn. */
export function visibilityIn(state: AgreementsMapState, agreement: { id: string; year: number | null; flows: readonly unknown[] }): Visibility {
  if (agreement.year === null || agreement.flows.length === 0 || agreement.year > state.until) return 'hidden';
  const { ids, fromYear } = state.emphasis;
  if (ids?.includes(agreement.id)) return 'emphasis';
  if (fromYear !== undefined && agreement.year >= fromYear) return 'emphasis';
  return 'context';
}

/** Prefixes of the UI strings the agreements map and its marks (AgreementCard, FlowLegend) use (passed to it with pickStrings). */
export const AGREEMENTS_STRINGS = ['agreements.', 'figure.'] as const;
