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

  // The running story is what a reader reads from top to bottom: boxes (takeaways, where things
  // stand, "why the numbers differ") can be skipped, and the sources-and-method section is an appendix.
  const running = (f: string) =>
    f.includes('sources-method') ? 0 : splitSection(body(f), f).reduce((n, p) => n + (p.kind === 'prose' ? countWords(p.markdown) : p.kind === 'scrolly' ? p.steps.reduce((m, s) => m + countWords(s), 0) : 0), 0);

  it('reads in about 15–17 minutes: 2,500 to 4,000 words of running story', () => {
    const words = files.reduce((n, f) => n + running(f), 0);
    expect(words).toBeGreaterThanOrEqual(2500);
    expect(words).toBeLessThanOrEqual(4000);
  });

  it('keeps the whole text, boxes and appendix included, under 5,400 words', () => {
    expect(files.reduce((n, f) => n + countWords(body(f)), 0)).toBeLessThanOrEqual(5400);
  });

  it('opens with key takeaways: 4 to 6 points, each linked to a source record', () => {
    const lede = splitSection(body(files[0]!), files[0]!);
    const box = lede.find((p) => p.kind === 'box' && p.box === 'takeaways');
    expect(box, 'a <!-- box: takeaways --> in the lede').toBeDefined();
    const points = (box as { markdown: string }).markdown.split('\n').filter((l) => l.startsWith('- '));
    expect(points.length).toBeGreaterThanOrEqual(4);
    expect(points.length).toBeLessThanOrEqual(6);
    for (const p of points) expect(p, 'each takeaway cites a source').toMatch(/\]\(\/sources\/#src-[a-z0-9-]+\)/);
  });
});
