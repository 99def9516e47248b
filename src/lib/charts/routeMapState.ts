/**
 * Step → state for the route map (map 1). The scrolly passes a step number; the
 * map shows the state this returns. Pure, so it is unit-tested and the server can
 * render every state without JavaScript.
 */
import { stepIndex } from './stepIndex';
import type { GeoBox } from '../geo/region';
import { ROUTE_FRAME } from '../geo/region';

export type RouteMapStateId = 'route' | 'border' | 'desert' | 'years';
export type RouteLabelId =
  | 'usa' | 'mex' | 'gtm' | 'hnd' | 'slv' | 'blz' | 'nic'
  | 'california' | 'arizona' | 'newmexico' | 'texas' | 'sonora' | 'chihuahua' | 'tamaulipas' | 'chiapas'
  | 'sonoran' | 'tucson' | 'riogrande';

export interface RouteMapState {
  /** Name exposed as data-state on the map root. */
  id: RouteMapStateId;
  /** The geographic box the map zooms to. */
  focus: GeoBox;
  /** 'all': every year summed; 'year': one year at a time, with the year control. */
  time: 'all' | 'year';
  /** Area whose dots are emphasised (others are drawn as hollow rings): none, the border strip or the Arizona–Sonora desert. */
  highlight: 'none' | 'border' | 'desert';
  /** Place labels shown in this state. */
  labels: RouteLabelId[];
}

/** The border region: a strip from the Pacific to the Gulf of Mexico. */
export const BORDER_BOX: GeoBox = [[-118, 25.4], [-96.5, 34.5]];
/** The Sonoran Desert corridor of Arizona and Sonora (the "funnel effect", facts.md §9 and §11). */
export const DESERT_BOX: GeoBox = [[-115, 30.6], [-109, 33.4]];
/** The view of the desert step: the desert box with the Arizona border around it. */
export const DESERT_VIEW: GeoBox = [[-116.5, 29.8], [-106.5, 34]];

const COUNTRIES: RouteLabelId[] = ['usa', 'mex', 'gtm', 'hnd', 'slv'];

export const ROUTE_MAP_STATES: readonly RouteMapState[] = [
  { id: 'route', focus: ROUTE_FRAME, time: 'all', highlight: 'none', labels: [...COUNTRIES, 'blz', 'nic', 'chiapas'] },
  { id: 'border', focus: BORDER_BOX, time: 'all', highlight: 'border', labels: ['usa', 'mex', 'california', 'arizona', 'newmexico', 'texas', 'sonora', 'chihuahua', 'tamaulipas', 'riogrande'] },
  { id: 'desert', focus: DESERT_VIEW, time: 'all', highlight: 'desert', labels: ['arizona', 'sonora', 'sonoran', 'tucson'] },
  { id: 'years', focus: ROUTE_FRAME, time: 'year', highlight: 'none', labels: COUNTRIES },
];

/** The state for a scroll step; steps outside the range clamp to the first or last state (±Infinity too), NaN shows the first (see stepIndex). */
export function routeMapStateForStep(step: number): RouteMapState {
  const i = stepIndex(step, ROUTE_MAP_STATES.length);
  return ROUTE_MAP_STATES[i]!;
}

/**
 * Where each label sits, [lon, lat]: placement only, chosen to sit clear of the dots.
 * `narrow`: another place on narrow screens, where Central America is small; `minor`
 * labels are hidden there.
 */
export interface LabelAnchor {
  at: [number, number];
  kind: 'country' | 'region' | 'feature' | 'city';
  narrow?: [number, number];
  minor?: boolean;
}
export const LABEL_ANCHORS: Record<RouteLabelId, LabelAnchor> = {
  usa: { at: [-101, 33.4], kind: 'country' },
  mex: { at: [-102.3, 23.6], kind: 'country' },
  gtm: { at: [-90.6, 15.9], kind: 'country', narrow: [-90.1, 17.1] },
  hnd: { at: [-86.6, 14.8], kind: 'country' },
  slv: { at: [-89.4, 13.2], kind: 'country', narrow: [-89.6, 12.2] },
  blz: { at: [-88.7, 17.6], kind: 'country', minor: true },
  nic: { at: [-84.4, 12.1], kind: 'country', minor: true },
  california: { at: [-116.6, 33.7], kind: 'region' },
  arizona: { at: [-111.8, 33.9], kind: 'region' },
  newmexico: { at: [-106.2, 33.4], kind: 'region', minor: true },
  texas: { at: [-100, 31.2], kind: 'region' },
  sonora: { at: [-110.6, 29.6], kind: 'region', minor: true },
  chihuahua: { at: [-106.2, 28.6], kind: 'region', minor: true },
  tamaulipas: { at: [-98.9, 24.5], kind: 'region', minor: true },
  chiapas: { at: [-93.3, 17.3], kind: 'region', minor: true },
  sonoran: { at: [-113.4, 32.9], kind: 'feature' },
  tucson: { at: [-110.97, 32.22], kind: 'city' },
  riogrande: { at: [-103.2, 29.2], kind: 'feature' },
};

/** Prefixes of the UI strings the route map uses (passed to it with pickStrings). */
export const ROUTE_MAP_STRINGS = ['route.', 'figure.'] as const;
