/**
 * The words map 2, its list and its table use for an agreement, built from the
 * translator so every language reads the same data the same way. Pure.
 */
import type { Translate } from '../../i18n/translator';
import { formatDate, formatNumber, formatUSD, type Lang } from '../format/format';
import type { MapAgreement } from './agreementsModel';

type Flow = { from: string; to: string; direction: 'one-way' | 'exchange' | 'not-stated' };

/** "Signed 22 August 2019", "In place since 2013, updated 2017", or "Date not found". */
export function dateLine(a: Pick<MapAgreement, 'dateSigned' | 'dateKind' | 'dateUpdated'>, t: Translate, lang: Lang): string {
  if (a.dateSigned === null) return t('agreements.date.missing');
  const main = t(`agreements.date.${a.dateKind}`, { date: formatDate(a.dateSigned, lang) });
  return a.dateUpdated ? `${main}, ${t('agreements.date.updated', { date: formatDate(a.dateUpdated, lang) })}` : main;
}

/** Year label of a flow on the map and in the list: "2013" or "2013/2017" when updated. */
export function yearLabel(a: Pick<MapAgreement, 'dateSigned' | 'dateUpdated'>): string {
  if (a.dateSigned === null) return '?';
  return a.dateSigned.slice(0, 4) + (a.dateUpdated ? `/${a.dateUpdated.slice(0, 4)}` : '');
}

/** "Mexico → United States", "El Salvador ⇄ United States (exchange)"… */
export function flowLine(f: Flow, t: Translate): string {
  return t(`agreements.flow.${f.direction}`, { from: t(`agreements.country.${f.from}`), to: t(`agreements.country.${f.to}`) });
}

/** The data categories in words, or a note that none is named. */
export function dataLine(a: Pick<MapAgreement, 'dataCategories'>, t: Translate): string {
  return a.dataCategories.length ? a.dataCategories.map((c) => t(`agreements.data.${c}`)).join(', ') : t('agreements.data.none');
}

/** "Memorandum of cooperation, non-binding". */
export function typeLine(a: Pick<MapAgreement, 'type' | 'binding'>, t: Translate): string {
  return `${t(`agreements.type.${a.type}`)}, ${t(`agreements.binding.${a.binding}`)}`;
}

/** The figures a source reports about an agreement, in words (the 52 stations, the 30,000 people, the budget). */
export function figureLines(a: Pick<MapAgreement, 'figures'>, t: Translate, lang: Lang): string[] {
  const figures = a.figures ?? [];
  const months = figures.find((f) => f.key === 'months');
  return figures
    .filter((f) => f.unit !== 'months')
    .map((f) => {
      const date = f.asOf ? formatDate(f.asOf, lang) : '';
      if (f.unit === 'usd') return t('agreements.figure.usd', { value: formatUSD(f.value, lang) });
      if (f.unit === 'people') return t('agreements.figure.people', { value: formatNumber(f.value, lang), months: months ? formatNumber(months.value, lang) : '?', date });
      return t(`agreements.figure.${f.unit}`, { value: formatNumber(f.value, lang), date });
    });
}

/** The words a step writes on the map beside a fan: years, short data categories, or whom the data covers. */
export function facetLabel(a: Pick<MapAgreement, 'dateSigned' | 'dateUpdated' | 'dataCategories' | 'coverageShort'>, facet: 'date' | 'data' | 'coverage', t: Translate): string[] {
  if (facet === 'data') return a.dataCategories.map((c) => t(`agreements.dataShort.${c}`));
  if (facet === 'coverage') return a.coverageShort ? [a.coverageShort] : [];
  return [yearLabel(a)];
}
