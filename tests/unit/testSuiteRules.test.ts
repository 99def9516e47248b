import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Rules that keep the test suite able to fail, read from the files themselves.
 */
const read = (p: string) => readFileSync(p, 'utf8');
const e2e = readdirSync('tests/e2e').filter((f) => f.endsWith('.ts')).map((f) => [f, read(join('tests/e2e', f))] as const);
const readme = read('README.md');

describe('browser tests', () => {
  it.each(e2e.filter(([f]) => f !== 'guard.ts'))('%s opens pages only through the guard (page fixture or openPage)', (_f, code) => {
    expect(code).not.toMatch(/\bbrowser\s*\.\s*(newPage|newContext)\s*\(/);
    expect(code).not.toMatch(/\.newContext\s*\(/);
    expect(code).not.toMatch(/\(\s*\{[^}]*\bbrowser\b[^}]*\}\s*(,\s*\w+\s*)?\)\s*=>/); // no test takes the raw browser fixture
    // `test` comes from the guard, never straight from Playwright (types may).
    expect(code).not.toMatch(/import\s*\{[^}]*\btest\b[^}]*\}\s*from\s*'@playwright\/test'/);
  });

  it('no spec but the guard\'s own turns the site\'s Content-Security-Policy off (bypassCSP would hide violations)', () => {
    const bypassing = e2e.filter(([, code]) => /\bbypassCSP\b/.test(code)).map(([f]) => f);
    expect(bypassing).toEqual(['guard.spec.ts']);
    expect(read('playwright.config.ts')).not.toMatch(/bypassCSP/);
  });

  it('every spec imports its test from the guard', () => {
    for (const [f, code] of e2e.filter(([f]) => f.endsWith('.spec.ts'))) expect(code, f).toMatch(/from '\.\/guard'/);
  });

  it('keeps a retry only where README.md says why, and prints every first failure', () => {
    const config = read('playwright.config.ts');
    const retried = [
      ...[...config.matchAll(/name: '([\w-]+)'[^}]*retries: ([1-9])/g)].map((m) => `project ${m[1]}`),
      ...e2e.filter(([, code]) => /retries: [1-9]/.test(code)).map(([f]) => f),
    ];
    expect(retried.sort()).toEqual(['layout-shift.spec.ts']);
    const section = readme.slice(readme.indexOf('### Retries'));
    expect(section).toContain('layout-shift.spec.ts');
    expect(section).toContain('story.perf.spec.ts');
    expect(config).toMatch(/^\s*retries: 0,/m);
    expect(config).toContain("'./tests/helpers/retryReporter.ts'");
  });

  it('forbids .only in Playwright and vitest', () => {
    expect(read('playwright.config.ts')).toMatch(/forbidOnly: true/);
    expect(read('vitest.config.ts')).toMatch(/allowOnly: false/);
  });
});

describe('CI', () => {
  it('runs as CI, so vitest never writes a missing snapshot there', () => {
    const run = read('.ci/run');
    expect(run).toMatch(/^export CI=true$/m);
    expect(run.indexOf('export CI=true')).toBeLessThan(run.indexOf('npm test'));
  });
  it('writes snapshots only through npm run snapshots:update', () => {
    const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
    const writers = Object.entries(scripts).filter(([, cmd]) => /vitest\b.*(\s-u\b|--update)/.test(cmd)).map(([name]) => name);
    expect(writers).toEqual(['snapshots:update']);
  });
});
