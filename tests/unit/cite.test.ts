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
  it('writes each style in Spanish for the Spanish edition, as the Spanish editions of the manuals do', () => {
    const c = citations({ ...page, title: 'Fronteras inteligentes', url: 'https://example.org/es/' }, 'es');
    expect(c.apa.text).toBe('Smart Borders. (2026, 30 de noviembre). Fronteras inteligentes. https://example.org/es/');
    expect(c.apa.html).toBe('Smart Borders. (2026, 30 de noviembre). <i>Fronteras inteligentes</i>. https://example.org/es/');
    expect(c.mla.text).toBe('“Fronteras inteligentes”. Smart Borders, 30 nov. 2026, https://example.org/es/.');
    expect(c.chicago.text).toBe('Smart Borders. “Fronteras inteligentes”. Smart Borders. Última modificación: 30 de noviembre de 2026. https://example.org/es/.');
    const d = citations({ ...data, title: 'Muertes en la frontera' }, 'es');
    expect(d.apa.text).toBe('Smart Borders. (2026). Muertes en la frontera (Versión abc123def456) [Conjunto de datos]. https://example.org/data/x.json');
    expect(d.mla.text).toBe('Muertes en la frontera. Versión abc123def456, Smart Borders, 30 nov. 2026, https://example.org/data/x.json.');
    expect(d.chicago.text).toBe('Smart Borders. Muertes en la frontera. Versión abc123def456. Smart Borders. Última modificación: 30 de noviembre de 2026. https://example.org/data/x.json.');
    // BibTeX and RIS are data: the same in both editions.
    const e = citations({ ...data, title: 'Muertes en la frontera' });
    expect([d.bibtex.text, d.ris.text]).toEqual([e.bibtex.text, e.ris.text]);
    // English stays English after a Spanish run (the styles are chosen per call).
    expect(citations(page).apa.text).toBe('Smart Borders. (2026, November 30). A story title. https://example.org/');
  });
});
