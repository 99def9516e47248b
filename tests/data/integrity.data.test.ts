/**
 * Generic contracts for EVERY file in data/*.json (a new file is covered as soon
 * as it exists): valid JSON, listed in data/README.md within its size budget,
 * citations resolve and every source is cited, unique ids, valid dates,
 * non-negative counts. Rules by property name: see src/lib/data/integrity.ts.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import {
  checkCitations,
  checkCounts,
  checkDates,
  checkDuplicateIds,
  citations,
  formatProblem,
  parseReadmeTable,
  unusedSources,
} from '../../src/lib/data/integrity';

const DIR = 'data';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const parsed = new Map<string, unknown>();
for (const f of files) {
  try {
    parsed.set(f, JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')));
  } catch {
    // reported by the first test
  }
}
const readme = parseReadmeTable(readFileSync(`${DIR}/README.md`, 'utf8'));
const registry = (parsed.get('sources.json') as { sources?: { id: string }[] } | undefined)?.sources?.map((s) => s.id) ?? [];
const known = new Set(registry);

const problems = (check: (file: string, json: unknown) => ReturnType<typeof checkDates>) =>
  [...parsed].flatMap(([f, json]) => check(`${DIR}/${f}`, json)).map(formatProblem);

describe('every file in data/', () => {
  it('finds the datasets', () => {
    expect(files).toEqual(expect.arrayContaining(['sources.json', 'border-deaths.json']));
  });

  it.each(files)('%s is valid JSON', (f) => {
    expect(() => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')), `data/${f}`).not.toThrow();
  });

  it('is listed in data/README.md’s table with a readable size budget', () => {
    const listed = new Map(readme.map((r) => [r.file, r]));
    const missing = files.filter((f) => !listed.has(f)).map((f) => `data/${f}: not in data/README.md's table; expected a row | \`${f}\` | … | size budget |`);
    const unreadable = readme.filter((r) => Number.isNaN(r.budgetBytes)).map((r) => `data/README.md row ${r.file}: size budget received "${r.budget}"; expected e.g. "40 KB" or "1.5 MB"`);
    const stale = readme.filter((r) => !files.includes(r.file)).map((r) => `data/README.md row ${r.file}: no such file in data/`);
    expect([...missing, ...unreadable, ...stale]).toEqual([]);
  });

  it('stays within the size budget stated in data/README.md', () => {
    const over = readme
      .filter((r) => files.includes(r.file) && statSync(`${DIR}/${r.file}`).size > r.budgetBytes)
      .map((r) => `data/${r.file}: the file, field "(size)": received ${statSync(`${DIR}/${r.file}`).size} bytes; expected at most ${r.budgetBytes} bytes (${r.budget}).`);
    expect(over).toEqual([]);
  });

  it('cites only source ids that exist in data/sources.json', () => {
    expect(registry.length).toBeGreaterThan(0);
    expect(problems((file, json) => (file.endsWith('/sources.json') ? [] : checkCitations(file, json, known)))).toEqual([]);
  });

  it('uses every source in the registry at least once', () => {
    const cited = [...parsed].filter(([f]) => f !== 'sources.json').flatMap(([, json]) => citations(json).map((c) => String(c.id)));
    const unused = unusedSources(registry, cited);
    expect(unused.map((id) => `data/sources.json: source "${id}" is cited by no record in data/; expected at least one citation (or remove it)`)).toEqual([]);
  });

  it('has no two records with the same id in any array', () => {
    expect(problems(checkDuplicateIds)).toEqual([]);
  });

  it('writes every date as an ISO date of year, month or day precision', () => {
    expect(problems(checkDates)).toEqual([]);
  });

  it('never has a negative count', () => {
    expect(problems(checkCounts)).toEqual([]);
  });
});
