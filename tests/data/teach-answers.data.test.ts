/**
 * The teaching answer key, recomputed independently: straight from the raw JSON files with
 * JSON.parse (no loaders, no shared helpers), then compared with what the pages print
 * (src/lib/teach/answers.ts). When the data change, both move together or this fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeAnswers } from '../../src/lib/teach/answers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const raw = (file: string): any => JSON.parse(readFileSync(`data/${file}`, 'utf8'));

function recompute(): Record<string, number> {
  const deaths = raw('border-deaths.json').records as { series: string; year: number; value: number }[];
  const usbp = deaths.filter((r) => r.series === 'usbp');
  const u22 = usbp.filter((r) => r.year === 2022)[0]!.value;
  const i22 = deaths.filter((r) => r.series === 'iom-usmx' && r.year === 2022)[0]!.value;
  let max = usbp[0]!;
  for (const r of usbp) if (r.value > max.value) max = r;
  const cbp = raw('cbp-one.json').figures as { id: string; value: number }[];
  const slots = cbp.filter((f) => f.id === 'capacity-2023-06')[0]!.value;
  const waiting = cbp.filter((f) => f.id === 'demand-2024')[0]!.value;
  const sources = raw('sources.json').sources as { kind: string; url?: string; language: string }[];
  let url = 0;
  for (const s of sources) if (typeof s.url === 'string' && s.url.length) url += 1;
  const det = raw('el-salvador-exception.json').detentions as { date: string; value: number }[];
  const dates = det.map((d) => d.date).sort();
  const first = det.filter((d) => d.date === dates[0])[0]!;
  const last = det.filter((d) => d.date === dates[dates.length - 1])[0]!;
  const [fy, fm] = first.date.split('-').map(Number);
  const [ly, lm] = last.date.split('-').map(Number);
  const route = raw('route-deaths.json');
  const region = (k: string) => {
    let n = 0;
    for (const g of route.byRegion) if (g.key === k) for (const y of g.years) n += y.deadMissing;
    return n;
  };
  let all = 0;
  for (const g of route.byRegion) for (const y of g.years) all += y.deadMissing;
  const usmx = route.byRouteCause.filter((g: { key: string }) => g.key === 'US-Mexico border crossing')[0];
  return {
    'usbp-2022': u22,
    'iom-2022': i22,
    'deaths-gap-2022': u22 - i22,
    'usbp-years': usbp.length,
    'usbp-max-year': max.year,
    'usbp-first-year': Math.min(...usbp.map((r) => r.year)),
    'cbp-slots': slots,
    'cbp-waiting': waiting,
    'cbp-per-slot': Math.round(waiting / slots),
    'cbp-days': Math.ceil(waiting / slots),
    'sources-total': sources.length,
    'sources-primary': sources.filter((s) => s.kind === 'primary').length,
    'sources-secondary': sources.length - sources.filter((s) => s.kind === 'primary').length,
    'sources-url': url,
    'sources-url-pct': Math.round((100 * url) / sources.length),
    'sources-es': sources.filter((s) => s.language === 'es').length,
    'sv-first': first.value,
    'sv-last': last.value,
    'sv-increase': last.value - first.value,
    'sv-months': (ly! - fy!) * 12 + (lm! - fm!),
    'sv-reports': det.length,
    'route-north-america': region('North America'),
    'route-central-america': region('Central America'),
    'route-north-pct': Math.round((100 * region('North America')) / all),
    'route-drowning': usmx.causes.filter((c: { cause: string }) => c.cause === 'drowning')[0].deadMissing,
  };
}

describe('teaching answer key', () => {
  it('every answer the pages print equals the same sum recomputed from the raw files', () => {
    const printed = Object.fromEntries(Object.entries(computeAnswers()).map(([k, a]) => [k, a.value]));
    expect(printed).toEqual(recompute());
  });
});
