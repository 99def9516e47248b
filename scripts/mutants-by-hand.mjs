// Applies each surviving (or uncovered) mutant of a Stryker JSON report to the source by hand,
// one at a time, and runs the tests: tests/data first (fast), then every unit, data and
// component test. A mutant is killed when a test fails. Stryker activates a mutant after the
// modules are loaded, so a mutant of module-level code (a zod schema built at import) "survives"
// whenever the tests that would catch it imported the module once, earlier; applied to the file
// itself, the mutant is seen by every test. The source file is restored after each mutant.
//
//   node scripts/mutants-by-hand.mjs reports/mutation-data-s.json reports/by-hand-data-s.json [path-substring]
//
// Slow (seconds per killed mutant, about half a minute per survivor): run it on a report's
// survivors only, in a worktree nobody else is editing.
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const [report, outFile, only] = process.argv.slice(2);
if (!report || !outFile) throw new Error('usage: node scripts/mutants-by-hand.mjs <stryker report.json> <out.json> [path-substring]');
const r = JSON.parse(readFileSync(report, 'utf8'));
// The tests Stryker leaves out too (vitest.stryker.config.ts): other processes, the suite's own files.
const EXCLUDE = ['**/*build-fails*', '**/routeInput*', '**/serveStatic*', '**/ciSnapshots*', '**/testSuiteRules*'];
const vitest = (args) =>
  spawnSync('node_modules/.bin/node', ['node_modules/.bin/vitest', 'run', '--bail=1', '--reporter=dot', ...EXCLUDE.flatMap((e) => ['--exclude', e]), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
    timeout: 300_000,
  });
const results = [];
for (const [file, f] of Object.entries(r.files)) {
  if (only && !file.includes(only)) continue;
  const original = readFileSync(file, 'utf8');
  if (original !== f.source) throw new Error(`${file}: received a file that differs from the report's source; expected the code the report mutated`);
  const lines = original.split('\n');
  const offset = (p) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
  try {
    for (const m of f.mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')) {
      const [a, b] = [offset(m.location.start), offset(m.location.end)];
      writeFileSync(file, original.slice(0, a) + m.replacement + original.slice(b));
      let run = vitest(['tests/data']);
      if (run.status === 0) run = vitest([]);
      writeFileSync(file, original);
      const killed = run.status !== 0;
      results.push({ file, line: m.location.start.line, column: m.location.start.column, mutator: m.mutatorName, original: original.slice(a, b), replacement: m.replacement, killed });
      console.log(`${killed ? 'killed  ' : 'SURVIVED'} ${file}:${m.location.start.line} ${m.mutatorName} ${JSON.stringify(original.slice(a, b).slice(0, 60))} → ${JSON.stringify(m.replacement.slice(0, 60))}`);
      writeFileSync(outFile, JSON.stringify(results, null, 1));
    }
  } finally {
    writeFileSync(file, original);
  }
}
const killed = results.filter((x) => x.killed).length;
console.log(`${killed} of ${results.length} killed by hand`);
