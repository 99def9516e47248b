/**
 * Everything the embeds, images and share links know about a chart, from the one chart
 * registry (lib/charts/registry.ts: a chart's states in step order). A chart added there
 * gets an embed page, images, an oEmbed file and an embed snippet once it has a row here;
 * a unit test fails while a registered chart has none.
 *
 * Stable paths (other code and other people's pages rely on them; never rename):
 *   /charts/<id>/                       the chart's page
 *   /embed/<id>/                        the embeddable figure (hydrates; options in the query)
 *   /embed/<id>/static/<state>/         the same figure at one state with no JavaScript at all
 *   /images/<id>/<state>-<theme>.svg    self-contained SVG of one state (theme: light | dark)
 *   /images/<id>/<state>-<theme>.png    the same, 1,200 px wide
 *   /images/og/<id>.png, /images/og/story.png   1,200 × 630 social cards
 *   /oembed/<id>.json                   oEmbed (type rich)
 */
import type { UIKey } from '../../i18n';
import { CHART_STATES } from '../charts/registry';
import { stepFromParam } from './step';
import type { Lang } from '../format/format';
import { editionPath } from '../i18n/editions';

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

export interface EmbedChart {
  /** Chart id: /charts/<id>/, data-figure and data-chart value, the story's scrolly id. */
  id: string;
  /** UI string key of the chart's title. */
  title: UIKey;
  /** UI string key of the chart's caption (its notes). */
  caption: UIKey;
  /** The story section (#id) the chart belongs to. */
  section: string;
  /** Catalog ids of the datasets the chart draws (/data/#dataset-<id>, /data/<id>.csv). */
  datasets: string[];
  /** The state the chart opens on when standalone (its page, its embed). */
  defaultStep: number;
}

export const EMBED_CHARTS: readonly EmbedChart[] = [
  { id: 'route-map', title: 'route.title', caption: 'route.caption', section: 'route', datasets: ['route-incidents', 'route-deaths'], defaultStep: 0 },
  { id: 'deaths', title: 'deaths.title', caption: 'deaths.caption', section: 'smart-borders', datasets: ['border-deaths'], defaultStep: 0 },
  { id: 'tools', title: 'tools.title', caption: 'tools.caption', section: 'data-economy', datasets: ['surveillance-tools'], defaultStep: 0 },
  { id: 'cbp-one', title: 'cbpone.title', caption: 'cbpone.caption', section: 'cbp-one', datasets: ['cbp-one'], defaultStep: 0 },
  { id: 'agreements-map', title: 'agreements.title', caption: 'agreements.caption', section: 'across-borders', datasets: ['agreements'], defaultStep: 0 },
  { id: 'el-salvador', title: 'elsalvador.title', caption: 'elsalvador.caption', section: 'across-borders', datasets: ['el-salvador-exception'], defaultStep: stepOf('el-salvador', 'to-2026') },
  { id: 'databases', title: 'databases.title', caption: 'databases.caption', section: 'next-database', datasets: ['biometric-databases'], defaultStep: 0 },
];

/**
 * The embed's height in CSS pixels when the host column is 600 px wide, with the title
 * shown: the snippet's initial height, so the page does not jump when the iframe sizes
 * itself. Measured in Chromium; tests/e2e/embed.spec.ts fails when one is off by more than 24 px.
 */
export const EMBED_HEIGHTS_600: Record<string, number> = {
  'route-map': 958,
  deaths: 845,
  tools: 1155,
  'cbp-one': 1258,
  'agreements-map': 1340,
  'el-salvador': 787,
  databases: 816,
};

function stepOf(chart: string, state: string): number {
  const i = (CHART_STATES[chart] ?? []).findIndex((s) => s.id === state);
  if (i < 0) throw new Error(`embed registry: received state "${state}" for chart "${chart}"; expected one of its states.`);
  return i;
}

export function embedChart(id: string): EmbedChart {
  const c = EMBED_CHARTS.find((e) => e.id === id);
  if (!c) throw new Error(`embed registry: received chart "${id}"; expected one of ${EMBED_CHARTS.map((e) => e.id).join(', ')}.`);
  return c;
}

/** The chart's state ids, in step order. */
export function stateIds(id: string): string[] {
  return (CHART_STATES[id] ?? []).map((s) => s.id);
}

/** The 0-based step a `?step=` value names (view number from 1, or state id), or null. */
export function parseStep(id: string, value: string | null | undefined): number | null {
  return stepFromParam(stateIds(id), value);
}

export const chartPath = (id: string) => `/charts/${id}/`;
export const embedPath = (id: string) => `/embed/${id}/`;
export const staticEmbedPath = (id: string, state: string) => `/embed/${id}/static/${state}/`;
/** Where a language's images live: /images/ for English, /es/images/ for the Spanish edition's (its titles, labels and source lines). */
const imageBase = (lang: Lang) => (lang === 'en' ? '/images/' : `/${lang}/images/`);
export const imagePath = (id: string, state: string, theme: Theme, ext: 'svg' | 'png', lang: Lang = 'en') => `${imageBase(lang)}${id}/${state}-${theme}.${ext}`;
export const ogImagePath = (id: string, lang: Lang = 'en') => `${imageBase(lang)}og/${id}.png`;
/** A chart's oEmbed file; the Spanish one (/es/oembed/) embeds the Spanish chart with its Spanish title and image. */
export const oembedPath = (id: string, lang: Lang = 'en') => `${lang === 'en' ? '' : `/${lang}`}/oembed/${id}.json`;
export const EMBED_LOADER_PATH = '/embed.js';

/** The credit line every embed and image carries. */
export const CREDIT = 'Smart Borders · CC BY 4.0';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML a newsroom pastes: the iframe (title, lazy, full width, the height it has at
 * 600 px), our loader (resizes it; Pym.js and Datawrapper hosts need no loader), and a
 * fallback link to the chart's page and its image for feeds and readers that drop iframes.
 */
export function embedSnippet(id: string, site: string | URL, title: string, lang: Lang = 'en', imageWord = 'image'): string {
  const c = embedChart(id);
  const abs = (p: string) => new URL(p, site).href;
  const state = stateIds(id)[c.defaultStep] ?? '';
  return [
    `<iframe src="${abs(editionPath(embedPath(id), lang))}" title="${escapeAttr(title)}" loading="lazy" width="100%" height="${EMBED_HEIGHTS_600[id] ?? 600}" style="border:0;width:100%" data-smart-borders="${id}"></iframe>`,
    `<script src="${abs(EMBED_LOADER_PATH)}" async></script>`,
    `<noscript><p><a href="${abs(editionPath(chartPath(id), lang))}">${escapeText(title)}</a> (<a href="${abs(imagePath(id, state, 'light', 'png', lang))}">${escapeText(imageWord)}</a>) · ${CREDIT}</p></noscript>`,
  ].join('\n');
}
