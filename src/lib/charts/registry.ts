/**
 * Every chart that can drive a scrolly, by the id the story text names it with:
 * its states in step order. Tests read this to check that the text has one step
 * per state and that each step shows its state in the browser.
 */
import { DEATHS_STATES } from './deathsState';
import { ROUTE_MAP_STATES } from './routeMapState';
import { TOOLS_STATES } from './toolsState';
import { CBP_ONE_STATES } from './cbpOneState';
import { AGREEMENTS_MAP_STATES } from './agreementsMapState';
import { EL_SALVADOR_STATES } from './elSalvadorState';
import { DATABASES_STATES } from './databasesState';

export const CHART_STATES: Record<string, readonly { id: string }[]> = {
  'route-map': ROUTE_MAP_STATES,
  deaths: DEATHS_STATES,
  tools: TOOLS_STATES,
  'cbp-one': CBP_ONE_STATES,
  'agreements-map': AGREEMENTS_MAP_STATES,
  'el-salvador': EL_SALVADOR_STATES,
  databases: DATABASES_STATES,
};
