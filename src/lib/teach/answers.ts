/**
 * The answer key of the data activities, computed at build time from data/ through the validating
 * loaders: no answer is typed, so the key follows the data when it changes.
 * tests/data/teach-answers.data.test.ts recomputes every answer from the raw JSON files.
 */
import { loadDeaths, loadSources } from '../data/load';
import { loadCbpOne } from '../data/loadCbpOne';
import { loadElSalvador } from '../data/loadElSalvador';
import { loadRouteDeaths } from '../data/loadRouteDeaths';
import type { Lang } from '../format/format';

export interface Answer {
  /** The number, exactly as computed. */
  value: number;
  /** What it is, in words (for the key and for the test's messages). */
  label: string;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const need = <T>(x: T | undefined, what: string): T => {
  if (x === undefined) throw new Error(`teaching answer key: ${what} not found in data/`);
  return x;
};

/** Months from one partial ISO date (YYYY-MM…) to another. */
export const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));

/** Each answer's label in Spanish (the key's page in /es/teach/key/); `{date}` is the figure's date as in the data. */
const LABELS_ES: Record<string, string> = {
  'usbp-2022': 'Muertes registradas por la Patrulla Fronteriza, año fiscal 2022',
  'iom-2022': 'Personas muertas y desaparecidas según la OIM en la ruta de la frontera entre México y Estados Unidos, año calendario 2022 (según se publicó)',
  'deaths-gap-2022': 'Patrulla Fronteriza (año fiscal 2022) menos OIM (año calendario 2022)',
  'usbp-years': 'años fiscales con una cifra de la Patrulla Fronteriza en los datos',
  'usbp-max-year': 'año fiscal con el conteo más alto de la Patrulla Fronteriza',
  'usbp-first-year': 'primer año fiscal con una cifra de la Patrulla Fronteriza',
  'cbp-slots': 'citas de CBP One por día a partir del 30 de junio de 2023',
  'cbp-waiting': 'personas que competían por las citas diarias (finales de 2024, aproximado)',
  'cbp-per-slot': 'personas en espera por cada cita diaria (redondeado)',
  'cbp-days': 'días de citas necesarios para dar una cita a cada persona en espera, si nadie más se sumara (redondeado hacia arriba)',
  'sources-total': 'fuentes en el registro',
  'sources-primary': 'fuentes primarias',
  'sources-secondary': 'fuentes secundarias',
  'sources-url': 'fuentes con enlace original',
  'sources-url-pct': 'porcentaje de fuentes con enlace original (redondeado)',
  'sources-es': 'fuentes en español',
  'sv-first': 'primera cifra de detenciones del gobierno ({date})',
  'sv-last': 'cifra de detenciones más reciente del gobierno ({date})',
  'sv-increase': 'aumento entre la primera cifra y la más reciente',
  'sv-months': 'meses entre la primera cifra y la más reciente',
  'sv-reports': 'cifras de detenciones del gobierno en los datos (registros principales)',
  'route-north-america': 'personas muertas y desaparecidas registradas por la OIM en Norteamérica, de 2014 a mayo de 2022',
  'route-central-america': 'personas muertas y desaparecidas registradas por la OIM en Centroamérica, de 2014 a mayo de 2022',
  'route-north-pct': 'porcentaje del total de personas muertas y desaparecidas del archivo que corresponde a Norteamérica (redondeado)',
  'route-drowning': 'personas muertas y desaparecidas por ahogamiento en la ruta de cruce de la frontera entre México y Estados Unidos, de 2014 a mayo de 2022',
};

/** An answer's label in `lang` (English labels are those of computeAnswers). */
let englishAnswers: ReturnType<typeof computeAnswers> | undefined;
export function answerLabel(id: AnswerId, lang: Lang): string {
  const answers = (englishAnswers ??= computeAnswers());
  if (lang === 'en') return answers[id].label;
  const date = id === 'sv-first' || id === 'sv-last' ? /\(([^)]+)\)$/.exec(answers[id].label)![1]! : '';
  return LABELS_ES[id]!.replace('{date}', date);
}

export function computeAnswers() {
  // Activity 1: two ways of counting deaths.
  const { records } = loadDeaths();
  const usbp = records.filter((r) => r.series === 'usbp');
  const usbp2022 = need(usbp.find((r) => r.year === 2022), 'Border Patrol fiscal 2022');
  const iom2022 = need(records.find((r) => r.series === 'iom-usmx' && r.year === 2022), 'IOM 2022');
  const usbpMax = usbp.reduce((a, b) => (b.value > a.value ? b : a));
  const usbpFirst = usbp.reduce((a, b) => (b.year < a.year ? b : a));
  // Activity 2: CBP One's slots and the people waiting.
  const { figures } = loadCbpOne();
  const slots = need(figures.find((f) => f.id === 'capacity-2023-06'), 'CBP One daily capacity (capacity-2023-06)');
  const waiting = need(figures.find((f) => f.id === 'demand-2024'), 'people competing for slots (demand-2024)');
  // Activity 3: a source audit.
  const { sources } = loadSources();
  const withUrl = sources.filter((s) => s.url).length;
  // Activity 4: El Salvador's detentions over time (government figures, main records only).
  const { detentions } = loadElSalvador();
  const byDate = [...detentions].sort((a, b) => a.date.localeCompare(b.date));
  const firstD = byDate[0]!;
  const lastD = byDate.at(-1)!;
  // Activity 5: where on the route IOM recorded deaths and disappearances.
  const route = loadRouteDeaths();
  const regionTotal = (key: string) => sum(need(route.byRegion.find((g) => g.key === key), `IOM region ${key}`).years.map((y) => y.deadMissing));
  const allRegions = sum(route.byRegion.flatMap((g) => g.years.map((y) => y.deadMissing)));
  const usmx = need((route.byRouteCause ?? []).find((g) => g.key === 'US-Mexico border crossing'), 'US-Mexico route causes');
  const drowning = need(usmx.causes.find((c) => c.cause === 'drowning'), 'drowning on the US-Mexico route');

  const a = {
    'usbp-2022': { value: usbp2022.value, label: 'Border Patrol deaths, fiscal 2022' },
    'iom-2022': { value: iom2022.value, label: 'IOM dead and missing on the U.S.–Mexico border route, calendar 2022 (as published)' },
    'deaths-gap-2022': { value: usbp2022.value - iom2022.value, label: 'Border Patrol fiscal 2022 minus IOM calendar 2022' },
    'usbp-years': { value: usbp.length, label: 'fiscal years with a Border Patrol figure in the data' },
    'usbp-max-year': { value: usbpMax.year, label: 'fiscal year of the highest Border Patrol count' },
    'usbp-first-year': { value: usbpFirst.year, label: 'first fiscal year with a Border Patrol figure' },
    'cbp-slots': { value: slots.value, label: 'CBP One appointments a day from 30 June 2023' },
    'cbp-waiting': { value: waiting.value, label: 'people competing for the daily slots (late 2024, about)' },
    'cbp-per-slot': { value: Math.round(waiting.value / slots.value), label: 'people waiting per daily slot (rounded)' },
    'cbp-days': { value: Math.ceil(waiting.value / slots.value), label: 'days of slots needed to give everyone waiting one appointment, if no one else joined (rounded up)' },
    'sources-total': { value: sources.length, label: 'sources in the registry' },
    'sources-primary': { value: sources.filter((s) => s.kind === 'primary').length, label: 'primary sources' },
    'sources-secondary': { value: sources.filter((s) => s.kind === 'secondary').length, label: 'secondary sources' },
    'sources-url': { value: withUrl, label: 'sources with an original URL' },
    'sources-url-pct': { value: Math.round((withUrl / sources.length) * 100), label: 'percent of sources with an original URL (rounded)' },
    'sources-es': { value: sources.filter((s) => s.language === 'es').length, label: 'sources in Spanish' },
    'sv-first': { value: firstD.value, label: `first government detention figure (${firstD.date})` },
    'sv-last': { value: lastD.value, label: `latest government detention figure (${lastD.date})` },
    'sv-increase': { value: lastD.value - firstD.value, label: 'increase from the first to the latest figure' },
    'sv-months': { value: monthsBetween(firstD.date, lastD.date), label: 'months between the first and the latest figure' },
    'sv-reports': { value: detentions.length, label: 'government detention figures in the data (main records)' },
    'route-north-america': { value: regionTotal('North America'), label: 'IOM dead and missing recorded in North America, 2014 to May 2022' },
    'route-central-america': { value: regionTotal('Central America'), label: 'IOM dead and missing recorded in Central America, 2014 to May 2022' },
    'route-north-pct': { value: Math.round((regionTotal('North America') / allRegions) * 100), label: 'percent of all recorded dead and missing in the file that were in North America (rounded)' },
    'route-drowning': { value: drowning.deadMissing, label: 'dead and missing by drowning on the U.S.–Mexico border-crossing route, 2014 to May 2022' },
  } satisfies Record<string, Answer>;
  return a;
}

export type AnswerId = keyof ReturnType<typeof computeAnswers>;
