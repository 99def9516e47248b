/**
 * Editorial rules a standards desk checks by reading, held by tests: acronyms expanded at first
 * use, captions short enough to read, no instruction that only works with JavaScript, and the
 * "official case" box built only from officials' and companies' statements.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../src/i18n/en';
import { splitSection } from '../../src/lib/story/sections';
import { maskIgnored } from '../../src/lib/data/proseNumbers';
import { loadStatements } from '../../src/lib/data/loadStatements';

const DIR = 'src/content/en';
const files = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();
const body = (f: string) => readFileSync(join(DIR, f), 'utf8').replace(/^---[\s\S]*?---/, '');
const statements = loadStatements().statements;

/** The story as a reader meets it, block by block (paragraphs, list items, steps, boxes), link targets masked. */
function storyBlocks(): { where: string; text: string }[] {
  const blocks: { where: string; text: string }[] = [];
  const push = (where: string, md: string) => {
    for (const block of maskIgnored(md).split(/\n\s*\n|\n(?=\s*- )/)) if (block.trim()) blocks.push({ where, text: block.replace(/\s+/g, ' ') });
  };
  for (const f of files) {
    for (const part of splitSection(body(f), f)) {
      if (part.kind === 'prose') push(f, part.markdown);
      else if (part.kind === 'box') push(`${f} (box "${part.title}")`, `${part.title}\n\n${part.markdown}`);
      else if (part.kind === 'scrolly') part.steps.forEach((s, i) => push(`${f} (${part.chart} step ${i})`, s));
      else if (part.kind === 'insert') for (const s of statements.filter((x) => x.officialCase)) push(`${f} (official case)`, `${s.speaker}: ${s.claim}`);
    }
  }
  return blocks;
}

/** Acronyms the story uses, and the words they stand for. */
const ACRONYMS: Record<string, string> = {
  CBP: 'Customs and Border Protection',
  ICE: 'Immigration and Customs Enforcement',
  DHS: 'Department of Homeland Security',
  GAO: 'Government Accountability Office',
  IOM: 'International Organization for Migration',
  WOLA: 'Washington Office on Latin America',
  IDENT: 'Automated Biometric Identification System',
  HART: 'Homeland Advanced Recognition Technology',
  EFF: 'Electronic Frontier Foundation',
  UN: 'United Nations',
  BDSP: 'Biometric Data Sharing Program',
  BITMAP: 'Biometric Identification Transnational Migration Alert Program',
};

describe('the English story', () => {
  const blocks = storyBlocks();

  it.each(Object.entries(ACRONYMS))('expands %s where it first appears', (acronym, words) => {
    const first = blocks.find((b) => new RegExp(`\\b${acronym}\\b`).test(b.text));
    if (!first) return; // not used: nothing to expand
    expect(first.text, `${first.where}: the first "${acronym}" needs "${words}" in the same paragraph`).toContain(words);
  });

  it('holds no unfilled placeholder (CAPS-WITH-DASHES, TODO, TK, XXX)', () => {
    const bad = blocks.filter((b) => /\b[A-Z]{3,}-[A-Z0-9][A-Z0-9-]*\b|\bTODO\b|\bTK\b|\bXXX\b/.test(b.text.replace(/\bCOVID-19\b/g, '')));
    expect(bad.map((b) => `${b.where}: ${b.text.slice(0, 100)}…`)).toEqual([]);
  });

  it('gives no instruction that only works with JavaScript or a mouse', () => {
    const bad = blocks.filter((b) => /\b(use the [\w-]+ (control|button|slider|switch)|click|tap|hover|drag|scroll (down|up) to)\b/i.test(b.text));
    expect(bad.map((b) => `${b.where}: ${b.text.slice(0, 80)}…`)).toEqual([]);
  });
});

describe('chart captions', () => {
  const captions = Object.entries(en).filter(([k]) => k.endsWith('.caption'));

  it('are found for every chart', () => {
    expect(captions.map(([k]) => k.split('.')[0]).sort()).toEqual(['agreements', 'cbpone', 'databases', 'deaths', 'elsalvador', 'route', 'tools']);
  });

  it.each(captions)('%s is at most 40 words', (_key, text) => {
    expect(text.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(40);
  });

  it.each(captions)('%s expands every acronym it uses (a caption travels alone in embeds and images)', (_key, text) => {
    for (const [acronym, words] of Object.entries(ACRONYMS)) {
      if (['IDENT', 'HART', 'CBP', 'ICE'].includes(acronym)) continue; // named in the chart's own title and description
      if (new RegExp(`\\b${acronym}\\b`).test(text)) expect(text, acronym).toContain(words);
    }
  });
});

describe('the official case box', () => {
  it('holds four to eight statements, from officials and companies only, each with a source', () => {
    const shown = statements.filter((s) => s.officialCase);
    expect(shown.length).toBeGreaterThanOrEqual(4);
    expect(shown.length).toBeLessThanOrEqual(8);
    expect(new Set(shown.map((s) => s.side))).toEqual(new Set(['official', 'company']));
  });

  it('is placed in the story once', () => {
    const inserts = files.flatMap((f) => splitSection(body(f), f).filter((p) => p.kind === 'insert' && p.name === 'official-case'));
    expect(inserts).toHaveLength(1);
  });
});
