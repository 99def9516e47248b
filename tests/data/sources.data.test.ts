import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/lib/data/load';
import { Source } from '../../src/lib/data/sourceSchema';

/** Hosts of syndicated or mirror copies we read: never a source's link. */
const MIRRORS = /headtopics|bajacaliforniapost|newsworldcity|gephardtdaily|6dtk|republicworld|fromermediagroup|heraldnet|yahoo|secnews24|toddlollar|thecyberpost|vuink|businesstelegraph|mestios|pledgetimes|smallcapnews|time\.news|omb\.report|docslib|blogspot|meuserforcongress|highergroundtimes|thefederalnewswire|mexicodeverdad|latinamericanstudies|heinonline|readersupportednews|oszar\.com/;

describe('data/sources.json: original-publisher links', () => {
  const { sources } = loadSources();

  it('links every source with a url to the original publisher over https, never to a mirror we read it on', () => {
    for (const s of sources) {
      if (!s.url) continue;
      expect(s.url, s.id).toMatch(/^https:\/\//);
      expect(s.url, s.id).not.toMatch(MIRRORS);
    }
  });

  it('says how it was read, or why there is no link, for every source without one', () => {
    for (const s of sources) if (!s.url) expect(s.urlNote ?? s.note, s.id).toBeTruthy();
  });

  it('keeps at least the 70 original-publisher links found in the corrections (55 before them)', () => {
    expect(sources.filter((s) => s.url).length).toBeGreaterThanOrEqual(70);
  });

  it('rejects a plain-http link in the schema', () => {
    const base = { id: 'x-test', publisher: 'Pub', title: 'A title', kind: 'secondary', language: 'en' } as const;
    expect(Source.safeParse({ ...base, url: 'https://example.org/a' }).success).toBe(true);
    expect(Source.safeParse({ ...base, url: 'http://example.org/a' }).success).toBe(false);
  });

  it('gives an original link to the sources behind the deaths chart’s headline and revised points', () => {
    const byId = new Map(sources.map((s) => [s.id, s]));
    for (const id of ['cbp-mortality-data', 'gao-24-107051', 'gao-25-107548', 'insidehook-2019-cbp-1998-2018', 'washex-2022-609', 'cbs-2022-853', 'cato-fences'])
      expect(byId.get(id)?.url, id).toMatch(/^https:\/\//);
  });
});
