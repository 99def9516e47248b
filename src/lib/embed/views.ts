/** The props of a chart's view buttons (components/figure/Views.svelte), built on the server. */
import { useTranslations, type Lang, type UIKey } from '../../i18n';
import { CHART_STATES } from '../charts/registry';

export interface ViewsProps {
  chart: string;
  states: string[];
  strings: { views: string; view: string };
  /** Named buttons instead of numbers, where the chart has names for its views. */
  labels?: string[];
  /** The step the chart opens on. */
  step: number;
}

/** View names a chart already has (UI string key per state), if any. */
const NAMED: Record<string, (state: string) => UIKey> = {
  'route-map': (s) => `route.view.${s}` as UIKey,
};

export function viewsProps(chart: string, lang: Lang, step: number): ViewsProps {
  const t = useTranslations(lang);
  const states = (CHART_STATES[chart] ?? []).map((s) => s.id);
  const named = NAMED[chart];
  return { chart, states, strings: { views: t('embed.views'), view: t('embed.view') }, step, ...(named ? { labels: states.map((s) => t(named(s))) } : {}) };
}
