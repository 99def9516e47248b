import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadSources } from '../../src/lib/data/load';
import { splitSection, countWords } from '../../src/lib/story/sections';
import { CHART_STATES } from '../../src/lib/charts/registry';

const DIR = 'src/content/en';
const files = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();
const read = (f: string) => readFileSync(join(DIR, f), 'utf8');
const body = (f: string) => read(f).replace(/^---[\s\S]*?---/, '');

describe('the English story text', () => {
  const ids = new Set(loadSources().sources.map((s) => s.id));

  it.each(files)('%s cites only sources that exist in data/sources.json', (f) => {
    const bad = [...read(f).matchAll(/\]\(\/sources\/#src-([^)\s]+)\)/g)].map((m) => m[1]!).filter((id) => !ids.has(id));
    expect(bad, `${DIR}/${f}: citation links whose source id is not in data/sources.json`).toEqual([]);
  });

  it.each(files)('%s gives every scrolly exactly one step per state of its chart', (f) => {
    for (const part of splitSection(body(f), `${DIR}/${f}`)) {
      if (part.kind !== 'scrolly') continue;
      const states = CHART_STATES[part.chart];
      expect(states, `${DIR}/${f}: scrolly "${part.chart}" has no chart in src/lib/charts/registry.ts`).toBeDefined();
      expect(part.steps.length, `${DIR}/${f}: scrolly "${part.chart}" steps`).toBe(states!.length);
    }
  });

  it('is between 2,500 and 4,000 words long', () => {
    const words = files.reduce((n, f) => n + countWords(body(f)), 0);
    expect(words).toBeGreaterThanOrEqual(2500);
    expect(words).toBeLessThanOrEqual(4000);
  });
});
