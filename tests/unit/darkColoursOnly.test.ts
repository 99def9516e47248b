import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DARK_RULES } from '../e2e/guard';

/**
 * The browser tests run every axe rule in light mode and only the colour rules (DARK_RULES)
 * in dark mode (tests/e2e/guard.ts). That holds only while dark mode changes colours and
 * nothing else: every rule under `@media (prefers-color-scheme: dark)` or
 * `[data-theme='dark']` may set custom properties and `color-scheme`, no layout, text or
 * visibility. This test reads every stylesheet and component and fails on anything more.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(css|svelte|astro|ts)$/.test(f) ? [p] : [];
  });
}

/** The text between the `{` at `open` and its matching `}`. */
function block(css: string, open: number) {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  throw new Error(`unbalanced braces after ${css.slice(open, open + 60)}`);
}

/** Declarations (property names) inside every dark rule of a file. */
export function darkDeclarations(text: string): string[] {
  const props: string[] = [];
  const bodies: string[] = [];
  for (const m of text.matchAll(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{/g)) bodies.push(block(text, m.index! + m[0].length - 1));
  for (const m of text.matchAll(/\[data-theme=['"]?dark['"]?\]\)?[^{};]*\{/g)) bodies.push(block(text, m.index! + m[0].length - 1));
  for (const body of bodies) {
    // Inside a media block, rules are `selector { decls }`; strip selectors, keep declarations.
    const decls = body.includes('{') ? [...body.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!).join(';') : body;
    for (const d of decls.split(';')) {
      const prop = d.split(':')[0]!.trim();
      if (prop) props.push(prop);
    }
  }
  return props;
}

const sources = files('src').map((p) => [p, readFileSync(p, 'utf8')] as const).filter(([, t]) => /prefers-color-scheme:\s*dark|data-theme=['"]?dark/.test(t));

describe('dark mode changes colours only (so its axe pass checks colour rules alone)', () => {
  it('finds the dark rules it polices', () => {
    expect(sources.map(([p]) => p)).toContain(join('src', 'styles', 'global.css'));
    expect(darkDeclarations(readFileSync('src/styles/global.css', 'utf8'))).toContain('--c-paper');
    expect(DARK_RULES).toContain('color-contrast');
  });

  it.each(sources)('%s sets only custom properties and color-scheme in dark mode', (_p, text) => {
    expect(darkDeclarations(text).filter((p) => !p.startsWith('--') && p !== 'color-scheme')).toEqual([]);
  });

  it('catches a dark rule that changes more than colour', () => {
    expect(darkDeclarations('@media (prefers-color-scheme: dark) { :root { --c-ink: #fff; } .x { display: none; } }')).toEqual(['--c-ink', 'display']);
    expect(darkDeclarations(":root[data-theme='dark'] { color-scheme: dark; font-size: 2rem }")).toEqual(['color-scheme', 'font-size']);
  });
});
