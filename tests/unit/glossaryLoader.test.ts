import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/lib/data/glossary';
import { loadGlossary } from '../../src/lib/data/loadGlossary';

const term = (id: string, source = 'known') => ({ id, term: `term ${id}`, definition: 'A definition long enough to pass.', match: [`word ${id}`], source });
const file = (n: number, extra: object[] = []) => ({ terms: [...Array.from({ length: n }, (_, i) => term(`t${i}`)), ...extra] });
const known = new Set(['known']);

describe('parseGlossary', () => {
  it('accepts at least 20 well-formed terms', () => {
    expect(parseGlossary(file(20), known).terms).toHaveLength(20);
  });
  it('rejects fewer than 20 terms, an unknown source, a duplicate id and an unknown field, naming the file', () => {
    expect(() => parseGlossary(file(19), known)).toThrow(/data\/glossary\.json/);
    expect(() => parseGlossary(file(20, [term('x', 'nowhere')]), known)).toThrow(/nowhere/);
    expect(() => parseGlossary(file(20, [term('t0')]), known)).toThrow(/t0/);
    expect(() => parseGlossary({ terms: [...file(20).terms, { ...term('y'), extra: 1 }] }, known)).toThrow();
  });
  it('loads the committed glossary: every source resolves, every id is an anchor', () => {
    const { terms } = loadGlossary();
    expect(terms.length).toBeGreaterThanOrEqual(20);
    for (const t of terms) expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
