/**
 * Every ranking or superlative the story states in its own voice ("highest", "the most of any
 * year", "came first", "grown steadily") is computed here from data/ and fails when it stops
 * holding. A sentence with a superlative word that is neither computed here nor attributed to a
 * named source (ATTRIBUTED, with the reason) fails too, so a new superlative cannot slip in.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDeaths } from '../../src/lib/data/load';
import { loadAgreements } from '../../src/lib/data/loadAgreements';
import { loadBiometricDatabases } from '../../src/lib/data/loadBiometricDatabases';
import { loadRouteDeaths, loadRouteIncidents } from '../../src/lib/data/loadRouteDeaths';
import { inBox } from '../../src/lib/charts/routeMapModel';
import { BORDER_BOX } from '../../src/lib/charts/routeMapState';
import { maskIgnored } from '../../src/lib/data/proseNumbers';

const DIR = 'src/content/en';
const files = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();
const text = (f: string) => maskIgnored(readFileSync(join(DIR, f), 'utf8')).replace(/\s+/g, ' ');
/** Markdown link text without its target (masked to spaces): "[895](…)" reads "895". */
const plain = (f: string) => text(f).replace(/[[\]]/g, '').replace(/\s+([.,;:])/g, '$1');

const deaths = loadDeaths().records;
/** A series' main values (no alternatives), highest first. */
const ranked = (series: string) => deaths.filter((r) => r.series === series).sort((a, b) => b.value - a.value || a.year - b.year);

/** Dead and missing per single recorded cause on the route map, inside or outside the border view, most first. */
const causesRanked = (atBorder: boolean) => {
  const totals: Record<string, number> = {};
  for (const p of loadRouteIncidents().incidents) {
    if (inBox(p.lon, p.lat, BORDER_BOX) !== atBorder || p.cause === 'mixed-unknown' || p.cause === 'multiple') continue;
    totals[p.cause] = (totals[p.cause] ?? 0) + p.deadMissing;
  }
  return Object.entries(totals).sort((a, b) => b[1] - a[1]).map(([c]) => c);
};

/** Each superlative the story states, where, and the computation that must hold. */
const CLAIMS: { file: string; phrase: RegExp; holds: () => void }[] = [
  {
    file: '00-lede.md',
    phrase: /recorded 895 deaths on the southwest border, its highest count/,
    holds: () => expect([ranked('usbp')[0]!.year, ranked('usbp')[0]!.value]).toEqual([2022, 895]),
  },
  {
    file: '00-lede.md',
    phrase: /highest yearly count is 895, in fiscal 2022, followed by 704 in fiscal 2023/,
    holds: () => expect(ranked('usbp').slice(0, 2).map((r) => [r.year, r.value])).toEqual([[2022, 895], [2023, 704]]),
  },
  {
    file: '02-smart-borders.md',
    phrase: /895 for fiscal 2022, the highest count in the series\. Fiscal 2023 brought 704, the second highest/,
    holds: () => expect(ranked('usbp').slice(0, 2).map((r) => [r.year, r.value])).toEqual([[2022, 895], [2023, 704]]),
  },
  {
    file: '02-smart-borders.md',
    phrase: /492 in fiscal 2005.*That stayed its highest until fiscal 2021/,
    holds: () => {
      const usbp = deaths.filter((r) => r.series === 'usbp');
      const before = usbp.filter((r) => r.year < 2021).sort((a, b) => b.value - a.value)[0]!;
      expect([before.year, before.value]).toEqual([2005, 492]);
      expect(usbp.filter((r) => r.year > 2005 && r.value > 492).sort((a, b) => a.year - b.year)[0]!.year).toBe(2021);
    },
  },
  {
    file: '02-smart-borders.md',
    phrase: /Both put their highest counts in recent years: the Border Patrol in fiscal 2022, IOM in 2021/,
    holds: () => expect([ranked('usbp')[0]!.year, ranked('iom-usmx')[0]!.year]).toEqual([2022, 2021]),
  },
  {
    file: '01-route.md',
    phrase: /heaviest in 2021, when IOM counted 728 people dead or missing on the U\.S\.–Mexico crossing alone, the most of any full year in this file/,
    holds: () => {
      const { byRoute, snapshotEnd } = loadRouteDeaths();
      const usmx = byRoute.find((g) => g.key === 'US-Mexico border crossing')!;
      const full = usmx.years.filter((y) => y.year < Number(snapshotEnd.slice(0, 4)));
      const top = [...full].sort((a, b) => b.deadMissing - a.deadMissing)[0]!;
      expect([top.year, top.deadMissing]).toEqual([2021, 728]);
    },
  },
  {
    file: '01-route.md',
    phrase: /Away from the border itself, where IOM recorded a single cause, accidents in vehicles and on hazardous transport lead the list, followed by violence and then drowning/,
    holds: () => expect(causesRanked(false).slice(0, 3)).toEqual(['vehicle', 'violence', 'drowning']),
  },
  {
    file: '01-route.md',
    phrase: /Where IOM recorded a single cause, it is most often drowning, then exposure/,
    holds: () => expect(causesRanked(true).slice(0, 2)).toEqual(['drowning', 'environment']),
  },
  {
    file: '05-across-borders.md',
    phrase: /Mexico came first/,
    holds: () => {
      const dated = loadAgreements().records.filter((r) => r.dateSigned && r.parties.some((p) => ['MEX', 'GTM', 'HND', 'SLV'].includes(p)));
      const first = [...dated].sort((a, b) => a.dateSigned!.localeCompare(b.dateSigned!))[0]!;
      expect(first.parties).toContain('MEX');
    },
  },
  {
    file: '06-next-database.md',
    phrase: /IDENT has grown steadily/,
    holds: () => {
      const official = loadBiometricDatabases().ident.counts.filter((c) => c.claimKind === 'official' && c.identities);
      const values = [...official].sort((a, b) => a.date.localeCompare(b.date)).map((c) => c.identities!.value);
      expect(values, 'official IDENT counts in date order').toEqual([...values].sort((a, b) => a - b));
    },
  },
  {
    file: '08-sources-method.md',
    phrase: /Its highest counts are fiscal 2022, then fiscal 2023, then fiscal 2021/,
    holds: () => expect(ranked('usbp').slice(0, 3).map((r) => r.year)).toEqual([2022, 2023, 2021]),
  },
];

/** Superlatives stated as someone's finding, not in the story's own voice: the sentence names who says it. */
const ATTRIBUTED: { file: string; phrase: RegExp; why: string }[] = [
  { file: '00-lede.md', phrase: /the most border encounters on record, noted the Washington Office on Latin America/, why: 'WOLA’s finding, cited (and encounters-fy2022 in border-deaths.json)' },
  { file: '02-smart-borders.md', phrase: /the most on record according to WOLA/, why: 'WOLA’s finding, cited' },
  { file: '07-what-it-means.md', phrase: /the most border encounters on record, by WOLA's count/, why: 'WOLA’s finding' },
  { file: '00-lede.md', phrase: /CBP One was the only way to book an asylum appointment at a port of entry in advance/, why: 'the American Immigration Council’s and Access Now’s description, attributed in section 4' },
  { file: '04-cbp-one.md', phrase: /it was the only way to book such an appointment in advance, as the American Immigration Council and Access Now note/, why: 'attributed' },
  { file: '07-what-it-means.md', phrase: /the Border Patrol's highest death counts came in the years they spread/, why: 'computed: the top counts are fiscal 2022, 2023, 2021 (see CLAIMS)' },
  { file: '02-smart-borders.md', phrase: /IOM calls its figures the lowest estimates available/, why: 'IOM’s own description of its counts' },
  { file: '06-next-database.md', phrase: /The risks are on record\./, why: 'an idiom (documented), not a ranking' },
  { file: '08-sources-method.md', phrase: /Section 2 said the Border Patrol's deadliest years on record were fiscal 2021 and 2022/, why: 'quotes the corrected error' },
  { file: '08-sources-method.md', phrase: /The app was the only way to book an appointment in advance/, why: 'the American Immigration Council’s description, attributed in section 4' },
];

const SUPERLATIVE = /\b(deadliest|highest|worst|largest|biggest|lowest|peak(ed)?|on record|a record|record high|the only|came first|most of any|most often|lead the list)\b/i;

describe('superlatives in the story', () => {
  it.each(CLAIMS.map((c) => [c.file, c.phrase.source, c] as const))('%s: "%s" holds in data/', (_f, _p, claim) => {
    expect(plain(claim.file), `${claim.file} no longer says this: update the test with the text`).toMatch(claim.phrase);
    claim.holds();
  });

  it.each(ATTRIBUTED.map((a) => [a.file, a.phrase.source, a] as const))('%s: "%s" is still there and attributed', (_f, _p, a) => {
    expect(plain(a.file)).toMatch(a.phrase);
  });

  it('has no superlative that is neither computed here nor attributed', () => {
    const loose: string[] = [];
    for (const f of files) {
      const all = plain(f);
      // Where the listed phrases stand in the file: a sentence is covered when it overlaps one.
      const spans = [...CLAIMS, ...ATTRIBUTED]
        .filter((c) => c.file === f)
        .flatMap((c) => [...all.matchAll(new RegExp(c.phrase.source, 'g'))].map((m) => [m.index, m.index + m[0].length] as const));
      let from = 0;
      for (const sentence of all.split(/(?<=[.!?])\s+(?=[A-Z“"*-])/)) {
        const start = all.indexOf(sentence, from);
        from = start + sentence.length;
        if (!SUPERLATIVE.test(sentence)) continue;
        const covered = spans.some(([a, b]) => a < from && b > start);
        if (!covered) loose.push(`${f}: ${sentence.trim()}`);
      }
    }
    expect(loose).toEqual([]);
  });

  it('catches an uncomputed superlative (the check itself bites)', () => {
    const sentence = 'The app had its worst year in 2023.';
    expect(SUPERLATIVE.test(sentence)).toBe(true);
    expect([...CLAIMS, ...ATTRIBUTED].some((c) => c.phrase.test(sentence))).toBe(false);
  });
});
