/**
 * Issue 10 (corrections): each record the review found wrong, held to what its source says,
 * so that a later edit that reintroduces the error fails here.
 */
import { describe, expect, it } from 'vitest';
import { loadBiometricDatabases } from '../../src/lib/data/loadBiometricDatabases';
import { loadSurveillanceTools } from '../../src/lib/data/loadSurveillanceTools';
import { loadCbpOne } from '../../src/lib/data/loadCbpOne';
import { loadAgreements } from '../../src/lib/data/loadAgreements';
import { loadDeaths, loadSources } from '../../src/lib/data/load';

const { sources } = loadSources();
const source = (id: string) => sources.find((s) => s.id === id)!;

describe('IDENT and HART', () => {
  const d = loadBiometricDatabases();
  const fact = (id: string) => d.hart.facts.find((f) => f.id === id)!;

  it('credits the source article with what it says about IDENT (“more than 200 million”) and records no 260 million', () => {
    const nf = d.ident.notFound.find((n) => n.id === 'ident-260m')!;
    expect(nf.claim).toMatch(/more than 200 million people/);
    expect(nf.claimedBy).toBe('accessnow-smart-borders');
    expect(nf.note).toMatch(/no source gives 260 million/);
    for (const c of d.ident.counts) expect(c.identities.value).not.toBe(260_000_000);
  });

  it('gives IDENT’s 2013 size without “at least”', () => {
    const c = d.ident.counts.find((x) => x.id === 'ident-2013')!;
    expect(c.identities.qualifier).toBe('as-stated');
    expect(c.note).not.toMatch(/at least 150/i);
  });

  it('says HART was to be hosted on AWS GovCloud, not that it is, and that it was not operational in August 2024', () => {
    expect(fact('hart-hosting').text).toMatch(/was to be hosted/);
    expect(fact('hart-hosting').text).not.toMatch(/\bis hosted\b|\bincludes moving\b/);
    expect(fact('hart-hosting').short).toMatch(/planned/);
    expect(fact('hart-status')).toMatchObject({ asOf: '2024-08-14' });
  });

  it('dates the $4.3 billion to GAO’s 2021 estimate and records the 2022 cost breach (+$354 million) as a later, dated record', () => {
    expect(fact('hart-cost')).toMatchObject({ amountUSD: 4_300_000_000, asOf: '2021-06-08', source: 'gao-21-386' });
    expect(fact('hart-cost').text).toMatch(/2021/);
    expect(fact('hart-cost-2022')).toMatchObject({ amountUSD: 354_000_000, asOf: '2023-09-12', reports: 'gao-23-105959' });
    // The chart and the step text take the first cost fact: it must stay the total, not the increase.
    expect(d.hart.facts.find((f) => f.topic === 'cost')!.id).toBe('hart-cost');
  });
});

describe('surveillance tools', () => {
  const t = loadSurveillanceTools();
  const link = (id: string) => t.links.find((l) => l.id === id)!;

  it('dates the LexisNexis–ICE $16.8 million to The Intercept’s April 2021 report of the 25 February 2021 contract', () => {
    const l = link('lexisnexis-ice');
    const f = l.figures.find((x) => x.id === 'lexisnexis-ice-contract')!;
    expect(f).toMatchObject({ value: 16_800_000, date: '2021-04', source: 'intercept-2021-lexisnexis-ice' });
    expect(l.events.map((e) => e.date)).toContain('2021-02-25');
    expect(source('intercept-2021-lexisnexis-ice')).toMatchObject({ publisher: 'The Intercept', date: '2021-04' });
  });

  it('credits the Vigilant–ICE $6.1 million to WIRED, 13 March 2019', () => {
    const f = link('vigilant-ice').figures.find((x) => x.id === 'vigilant-ice-contract')!;
    expect(f).toMatchObject({ value: 6_100_000, date: '2019-03-13' });
    expect(source(f.source)).toMatchObject({ publisher: 'WIRED', date: '2019-03-13' });
    expect(source(f.source).url).toMatch(/^https:\/\/www\.wired\.com\//);
  });

  it('says Babel X links posts to Social Security numbers and location only “in some cases”', () => {
    const data = link('babel-x-cbp').data.join(' ');
    expect(data).toMatch(/in some cases/);
  });

  it('keeps only the sourced date of Motorola’s $445 million purchase (announced 7 January 2019)', () => {
    const deal = t.ownership.find((o) => o.id === 'motorola-vigilant')!;
    expect(deal.dates.map((d) => d.date)).toEqual(['2019']);
    expect(deal.dates[0]!.note).toMatch(/7 January 2019/);
    expect(JSON.stringify(t)).not.toMatch(/"date": ?"2018"[^}]*VaaS|2018 or 2019/);
  });
});

describe('CBP One', () => {
  const c = loadCbpOne();

  it('credits the oversight story to The Record (Suzanne Smalley), 24 May 2024', () => {
    const e = c.events.find((x) => x.id === 'oversight')!;
    expect(e.date).toBe('2024-05-24');
    expect(source(e.source)).toMatchObject({ publisher: 'The Record (Recorded Future News)', date: '2024-05-24' });
    expect(source(e.source).note).toMatch(/Suzanne Smalley/);
  });

  it('records the 2,912 pages CBP released in October 2024 after the FOIA suit', () => {
    expect(c.figures.find((f) => f.id === 'foia-pages-2024-10')).toMatchObject({ value: 2912, unit: 'pages', date: '2024-10-10' });
    expect(c.events.find((e) => e.id === 'foia-release')?.figures).toEqual(['foia-pages-2024-10']);
  });
});

describe('agreements', () => {
  const a = loadAgreements();
  const rec = (id: string) => a.records.find((r) => r.id === id)!;

  it('names no data categories for the 31 May 2019 DHS–Guatemala memorandum', () => {
    expect(rec('usa-gtm-moc-2019-05')).toMatchObject({ dateSigned: '2019-05-31', dataCategories: [] });
  });

  it('puts the refusals on the Central American governments and Mexico’s reply as partial', () => {
    expect(rec('usa-nca-moc-2014').statusNote).toMatch(/Central American governments refused/);
    expect(rec('usa-mex-moc-2013').statusNote).toMatch(/did not answer our main requests/);
  });

  it('records the Honduras letter of intent as AP dates and words it, with DHS’s stated purpose', () => {
    const h = rec('usa-hnd-loi-2025');
    expect(h.dateSigned).toBe('2025-06-25');
    expect(h.purpose).toMatch(/detect criminals and terrorists/);
  });
});

describe('border deaths: the context the story needs', () => {
  const d = loadDeaths();
  const finding = (id: string) => d.findings.find((f) => f.id === id)!;

  it('has the encounters of fiscal 2022 (2,378,944) and fiscal 2023 (more than 2 million, GAO)', () => {
    expect(finding('encounters-fy2022').figures[0]).toMatchObject({ value: 2_378_944, qualifier: 'exact' });
    expect(finding('encounters-fy2023')).toMatchObject({ source: 'gao-24-107051' });
    expect(finding('encounters-fy2023').figures[0]).toMatchObject({ value: 2_000_000, qualifier: 'more-than' });
  });

  it('gives Cato’s rate with Cato’s conclusion (fences) and that the rise is mostly falling apprehensions', () => {
    const c = finding('cato-death-rate');
    expect(c.figures.map((f) => f.value)).toEqual(expect.arrayContaining([17.3, 132, 263, 492]));
    expect(c.text).toMatch(/fences/);
    expect(c.text).toMatch(/falling apprehensions/);
  });

  it('gives CBP’s own explanation from its mortality page', () => {
    expect(finding('cbp-smugglers')).toMatchObject({ source: 'cbp-mortality-data', confidence: 'A' });
    expect(finding('cbp-smugglers').text).toMatch(/abandon migrants/);
  });
});
