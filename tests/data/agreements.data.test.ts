import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAgreements } from '../../src/lib/data/loadAgreements';
import { agreementYear } from '../../src/lib/data/agreements';

describe('data/agreements.json', () => {
  const { records, sources } = loadAgreements();
  const byId = (id: string) => records.find((r) => r.id === id)!;

  it('parses with its schema, and every source id it cites resolves (the loader enforces both)', () => {
    expect(records.length).toBeGreaterThanOrEqual(10);
  });

  it('records Mexico’s memorandum as in place since 2013 and updated in 2017, non-binding in Access Now’s reading', () => {
    const mex = byId('usa-mex-moc-2013');
    expect([mex.dateSigned, mex.dateKind, mex.dateUpdated, mex.binding]).toEqual(['2013', 'in-place-since', '2017', 'non-binding']);
    expect(mex.bindingBasis).toMatch(/Access Now/);
  });

  it('keeps the figures of the DHS terminals in Mexico with their sources: 52 stations, 30,000 people in 13 months, $75 million', () => {
    const terminals = byId('mex-inm-dhs-terminals');
    expect(terminals.kind).toBe('programme');
    const figure = (key: string) => terminals.figures!.find((f) => f.key === key)!;
    expect([figure('stations').value, figure('stations').asOf, figure('stations').source]).toEqual([52, '2018-08', 'un-a-75-590']);
    expect([figure('people').value, figure('months').value, figure('budget').value]).toEqual([30000, 13, 75_000_000]);
  });

  it('says whose data is covered: Guatemala only foreigners, El Salvador people “planning to travel”, third-country nationals', () => {
    expect(byId('usa-gtm-biometrics-2019-08').coverage).toMatch(/foreigners/);
    expect(byId('usa-slv-bdsp-2019').coverage).toMatch(/planning to travel/);
    expect(byId('usa-slv-loi-2019').coverage).toMatch(/third-country nationals/i);
  });

  it('records missing dates as missing, with a note, never guessed', () => {
    const cri = byId('usa-cri-bdsp');
    expect(cri.dateSigned).toBeNull();
    expect(cri.dateNote).toMatch(/not found/);
    const hnd = byId('usa-hnd-loi-2025');
    expect(hnd.dateSigned).toBe('2025-06-25');
    expect(hnd.dateNote).toMatch(/AP dates it to Wednesday 25 June 2025/);
    expect(hnd.sources).toContain('ap-2025-honduras-loi');
    expect(hnd.quotes!.map((q) => q.text)).toEqual(expect.arrayContaining([expect.stringMatching(/toward reaching an agreement on sharing biometric data/), expect.stringMatching(/criminales y terroristas/)]));
  });

  it('flags the 2025 instruments by date so the map can filter by period', () => {
    const later = records.filter((r) => (agreementYear(r) ?? 0) >= 2025).map((r) => r.id);
    expect(later.sort()).toEqual(['usa-gtm-mou-2025', 'usa-hnd-loi-2025']);
  });

  it('flags programmes (BITMAP, the terminals in Mexico) apart from instruments', () => {
    expect(records.filter((r) => r.kind === 'programme').map((r) => r.id).sort()).toEqual(['ice-bitmap', 'mex-inm-dhs-terminals']);
  });

  it('gives every data-sharing record a flow unless its partner countries are unnamed or its date unknown', () => {
    for (const r of records.filter((x) => x.dataSharing === 'stated' && x.flows.length === 0)) {
      expect(r.partiesNote, `${r.id} has no flow and no note saying why`).toBeTruthy();
    }
  });

  it('cites only sources whose link is the original publisher’s or that say why there is none', () => {
    const cited = new Set(records.flatMap((r) => r.sources));
    for (const s of sources.filter((x) => cited.has(x.id))) {
      expect(s.url ?? s.urlNote, `source ${s.id}`).toBeTruthy();
      if (s.url) expect(s.url).not.toMatch(/docslib|blogspot|minorityforum|mestios|abc7|cshp\.co/);
    }
  });

  it('uses only country codes that join an id of the map topology (data/region-50m.json)', () => {
    const topology = JSON.parse(readFileSync('data/region-50m.json', 'utf8'));
    const ids = new Set(topology.objects.countries.geometries.map((g: { id: string }) => g.id));
    const used = new Set(records.flatMap((r) => [...r.parties, ...r.flows.flatMap((f) => [f.from, f.to]), ...r.agencies.map((a) => a.country)]));
    expect([...used].filter((code) => !ids.has(code))).toEqual([]);
  });

  it('cites every source it adds to the registry', () => {
    const cited = new Set(records.flatMap((r) => [...r.sources, ...(r.quotes ?? []).map((q) => q.source), ...(r.figures ?? []).map((f) => f.source)]));
    const added = ['accessnow-statement-terminate', 'biometricupdate-2018-mexico', 'un-a-75-590', 'dhs-2019-northern-triangle', 'dhs-2019-factsheet-agreements', 'soy502-2019-huellas', 'dhs-2019-honduras-arrangements', 'dhs-2020-wolf-honduras', 'elsalvadorperspectives-2019-loi', 'dhs-2019-elsalvador-aca', 'dhs-2019-elsalvador-arrangements', 'immpolicytracking-slv-tps', 'elfaro-2023-cross-border', 'costaricanews-bdsp', 'govtrack-hr6439', 'biometricupdate-2018-bitmap', 'ap-2025-guatemala-mou', 'mestios-2025-honduras'];
    expect(added.filter((id) => !cited.has(id))).toEqual([]);
    expect(added.filter((id) => !sources.some((s) => s.id === id))).toEqual([]);
  });

  it('stays within its size budget of 32 KB', () => {
    expect(statSync('data/agreements.json').size).toBeLessThan(32 * 1024);
  });
});
