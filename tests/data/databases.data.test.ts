import { describe, expect, it } from 'vitest';
import { loadBiometricDatabases } from '../../src/lib/data/loadBiometricDatabases';
import { isLowerBound } from '../../src/lib/data/countQualifier';
import { comparePartialDates } from '../../src/lib/data/partialDate';
import { statSync } from 'node:fs';

describe('data/biometric-databases.json', () => {
  const d = loadBiometricDatabases();
  const count = (id: string) => d.ident.counts.find((c) => c.id === id);

  it('parses with its schema; every source id resolves (the loader enforces both)', () => {
    expect(d.ident.counts.length).toBeGreaterThanOrEqual(6);
    const known = new Set(d.sources.map((s) => s.id));
    for (const c of d.ident.counts) expect(known.has(c.source)).toBe(true);
  });

  it('records IDENT growing from 150 million identities in 2013 to more than 290 million in 2023, each with its qualifier', () => {
    expect(count('ident-2013')?.identities).toEqual({ value: 150_000_000, qualifier: 'as-stated' });
    expect(count('ident-2023')?.identities).toEqual({ value: 290_000_000, qualifier: 'more-than' });
    expect(isLowerBound(count('ident-2021')!.identities.qualifier)).toBe(true);
    expect(count('ident-2021')?.transactionsPerDay?.qualifier).toBe('nearly');
  });

  it('keeps dates in order and valid, and flags the undated 2016–17 figure as a range', () => {
    const dates = d.ident.counts.map((c) => c.date);
    for (let i = 1; i < dates.length; i++) expect(comparePartialDates(dates[i]!, dates[i - 1]!)).toBeGreaterThanOrEqual(0);
    expect(count('ident-2016-17')).toMatchObject({ date: '2016', dateLatest: '2017' });
  });

  it('keeps the vendor’s “more than 200 million” apart from official counts and out of the story line', () => {
    const vendor = d.ident.counts.filter((c) => c.claimKind === 'vendor');
    expect(vendor.map((v) => v.source)).toEqual(['thales-ident']);
    expect(vendor.every((v) => !v.storyUses)).toBe(true);
  });

  it('lists the article’s IDENT figure (misquoted as 260 million before) and HART’s 270 million as not found in any official source, and what was tried', () => {
    expect(d.ident.notFound.map((n) => n.id).sort()).toEqual(['hart-270m', 'ident-260m']);
    for (const n of d.ident.notFound) expect(n.tried.length).toBeGreaterThan(0);
  });

  it('has HART’s $4.3 billion cost, its AWS GovCloud hosting and a 33-month slip of initial capability', () => {
    const fact = (topic: string) => d.hart.facts.find((f) => f.topic === topic);
    expect(fact('cost')?.amountUSD).toBe(4_300_000_000);
    expect(fact('hosting')?.text).toMatch(/GovCloud/);
    expect(d.hart.schedule.slips.map((s) => s.months)).toEqual([33]);
    expect(d.hart.schedule.milestones.find((m) => m.id === 'full-2022')?.planned).toBeNull();
  });

  it('names who raised each risk, and marks the four DHS risks known only from the source article', () => {
    const only = d.hart.risks.filter((r) => r.onlyInSourceArticle);
    expect(only).toHaveLength(4);
    expect(only.every((r) => r.raisedBy === 'DHS' && r.source === 'accessnow-smart-borders')).toBe(true);
    expect(new Set(d.hart.risks.map((r) => r.raisedBy))).toEqual(new Set(['DHS', 'GAO', 'EFF']));
  });

  it('counts are never negative and every key is unique', () => {
    for (const c of d.ident.counts) for (const q of [c.identities, c.transactionsPerDay, c.watchlistRecords]) if (q) expect(q.value).toBeGreaterThanOrEqual(0);
    const ids = [...d.ident.counts, ...d.hart.facts, ...d.hart.risks, ...d.hart.modalities].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stays within its 16 KB size budget', () => {
    expect(statSync('data/biometric-databases.json').size).toBeLessThan(16 * 1024);
  });
});

describe('sources added for IDENT/HART and El Salvador', () => {
  it('are each cited by at least one record of the two datasets', async () => {
    const { loadElSalvador } = await import('../../src/lib/data/loadElSalvador');
    const db = loadBiometricDatabases();
    const es = loadElSalvador();
    const text = JSON.stringify({ ident: db.ident, hart: db.hart, es: { ...es, sources: undefined } });
    const added = [
      'dhs-pia-004a-hart-2024', 'defensedaily-2014-ident', 'identityweek-obim-hart', 'nextgov-2019-hart-aws', 'defensedaily-2021-hart-gao', 'gao-21-386', 'gao-23-105959', 'thales-ident', 'thehill-2020-hart-aws', 'eff-2018-hart',
      'mexico724-2022-decree', 'ciudadnueva-2022-decree', 'telesur-2022-05-complaints', 'quierotv-2022-04-extension', 'imagenpoblana-2022-05-extension', 'prensalatina-2023-extension', 'elmundo-sv-2025-40th', 'abc-efe-2025-10-43rd', 'infobae-ep-2025-10-44th', 'elmetropolitano-2026-01-47th', 'abc-efe-2026-02-48th', 'diaadia-2026-02-48th',
    ];
    const known = new Set(db.sources.map((s) => s.id));
    for (const id of added) {
      expect(known.has(id), `source ${id} is in the registry`).toBe(true);
      expect(text, `source ${id} is not cited`).toContain(`"${id}"`);
    }
  });
});
