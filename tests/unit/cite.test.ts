import { describe, expect, it } from 'vitest';
import { citations, CITE_FORMATS } from '../../src/lib/cite/cite';

const page = { id: 'smart-borders', kind: 'webpage' as const, title: 'A story title', updated: '2026-11-30', url: 'https://example.org/', siteTitle: 'Smart Borders' };
const data = { ...page, id: 'border-deaths', kind: 'dataset' as const, title: 'A dataset', url: 'https://example.org/data/x.json', version: 'abc123def456' };

describe('citations', { timeout: 30_000 }, () => {
  it('gives every format, each naming the title, the stable URL and the year of the dated version', () => {
    for (const work of [page, data]) {
      const all = citations(work);
      for (const f of CITE_FORMATS) {
        expect(all[f].text, f).toContain(work.title);
        expect(all[f].text, f).toContain(work.url);
        expect(all[f].text, f).toContain('2026');
      }
    }
  });
  it('writes each style as it should look', () => {
    const c = citations(page);
    expect(c.apa.text).toBe('Smart Borders. (2026, November 30). A story title. https://example.org/');
    expect(c.mla.text).toBe('“A story title.” Smart Borders, 30 Nov. 2026, https://example.org/.');
    expect(c.chicago.text).toBe('Smart Borders. “A story title.” Smart Borders. Last modified November 30, 2026. https://example.org/.');
    expect(c.bibtex.text).toMatch(/^@misc\{/);
    expect(c.ris.text).toMatch(/^TY {2}- ELEC/);
    const d = citations(data);
    expect(d.apa.text).toBe('Smart Borders. (2026). A dataset (Version abc123def456) [Dataset]. https://example.org/data/x.json');
    expect(d.ris.text).toMatch(/^TY {2}- DATA/);
  });
});
