/**
 * Each registered chart's figure component and the data it is drawn from, for pages that
 * render any chart by id (the embeds). Loaders are memoised by the data layer, and each is
 * called only when its chart is rendered.
 */
import DeathsFigure from '../charts/DeathsFigure.astro';
import RouteMapFigure from '../charts/RouteMapFigure.astro';
import ToolsFigure from '../charts/ToolsFigure.astro';
import CbpOneFigure from '../charts/CbpOneFigure.astro';
import AgreementsFigure from '../charts/AgreementsFigure.astro';
import ElSalvadorFigure from '../charts/ElSalvadorFigure.astro';
import DatabasesFigure from '../charts/DatabasesFigure.astro';
import { loadDeaths, loadSources } from '../../lib/data/load';
import { loadAgreements } from '../../lib/data/loadAgreements';
import { loadBiometricDatabases } from '../../lib/data/loadBiometricDatabases';
import { loadCbpOne } from '../../lib/data/loadCbpOne';
import { loadElSalvador } from '../../lib/data/loadElSalvador';
import { loadRegionTopology, loadRouteIncidents } from '../../lib/data/loadRouteDeaths';
import { loadSurveillanceTools } from '../../lib/data/loadSurveillanceTools';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFigure = (props: any) => unknown;

export const CHART_FIGURES: Record<string, () => { Figure: AnyFigure; props: Record<string, unknown> }> = {
  'route-map': () => ({ Figure: RouteMapFigure, props: { incidents: loadRouteIncidents().incidents, topology: loadRegionTopology(), sources: loadSources().sources } }),
  deaths: () => {
    const d = loadDeaths();
    return { Figure: DeathsFigure, props: { records: d.records, sources: d.sources } };
  },
  tools: () => {
    const { sources, ...data } = loadSurveillanceTools();
    return { Figure: ToolsFigure, props: { data, sources } };
  },
  'cbp-one': () => {
    const { sources, ...data } = loadCbpOne();
    return { Figure: CbpOneFigure, props: { data, sources } };
  },
  'agreements-map': () => {
    const a = loadAgreements();
    return { Figure: AgreementsFigure, props: { records: a.records, sources: a.sources, topology: loadRegionTopology() } };
  },
  'el-salvador': () => {
    const data = loadElSalvador();
    return { Figure: ElSalvadorFigure, props: { data, sources: data.sources } };
  },
  databases: () => {
    const data = loadBiometricDatabases();
    return { Figure: DatabasesFigure, props: { data, sources: data.sources } };
  },
};

export function chartFigure(id: string) {
  const make = CHART_FIGURES[id];
  if (!make) throw new Error(`chartFigures: received chart "${id}"; expected one of ${Object.keys(CHART_FIGURES).join(', ')}.`);
  return make();
}
