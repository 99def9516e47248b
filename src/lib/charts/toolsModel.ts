/**
 * What the tools figure draws for each flow, derived from the dataset: the
 * dollar value that sets its width, the figure that labels it, and its style.
 */
import type { Figure } from '../data/figureSchema';

interface LinkFigures { figures: Figure[] }

/** The dollar value that sets a flow's width: the one the story uses, else the largest published; null when none was. */
export function linkUsd(link: LinkFigures): number | null {
  const usd = link.figures.filter((f) => f.unit === 'usd');
  if (usd.length === 0) return null;
  return (usd.find((f) => f.storyUses) ?? usd.reduce((a, b) => (b.value > a.value ? b : a))).value;
}

/** The figure that labels a flow: the one the story uses, else the largest dollar value, else the first figure. */
export function primaryFigure(link: LinkFigures): Figure | undefined {
  const usd = linkUsd(link);
  return link.figures.find((f) => f.storyUses) ?? link.figures.find((f) => f.unit === 'usd' && f.value === usd) ?? link.figures[0];
}

/** Colour (a CSS variable set in the chart, with a dark-mode value) and line dash per data category; the text label is the second channel. */
export const CATEGORY_STYLE = {
  'online-accounts': { color: 'var(--t-accounts)', symbol: 'circle' },
  'social-media': { color: 'var(--t-social)', symbol: 'diamond' },
  'public-records': { color: 'var(--t-records)', symbol: 'square' },
  'licence-plates': { color: 'var(--t-plates)', symbol: 'triangle' },
} as const;
export type Category = keyof typeof CATEGORY_STYLE;

/** Dash pattern per mechanism: subpoenas (no payment) dashed, contracts solid. */
export function mechanismDash(mechanism: 'contract' | 'subpoena'): string | undefined {
  return mechanism === 'subpoena' ? '6 4' : undefined;
}
