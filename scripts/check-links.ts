/**
 * `npm run check:links`: checks every internal link, fragment and asset of the build in dist/
 * and that every external link is https. `npm run check:links -- --external` also asks each
 * external host whether the page still answers (needs a network; not part of CI).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkExternal, checkLinks } from '../src/lib/publish/links.ts';

const root = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist');
const external = process.argv.includes('--external');
// The origin the build was made for (SITE_URL, or the local preview): its canonical link says.
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(resolve(root, 'index.html'), 'utf8'))?.[1];
if (!canonical) {
  console.error(`check:links: received no canonical link in ${root}/index.html; expected a production build (npm run build)`);
  process.exit(1);
}
const report = checkLinks(root, canonical);
for (const p of report.problems) console.error(`${p.page}: ${p.link}: ${p.problem}`);
console.log(`check:links: ${report.pages} pages, ${report.internal} internal links (${report.fragments} with a fragment), ${report.external.size} distinct external links; ${report.problems.length} problems`);
let failures = report.problems.length;
if (external) {
  const problems = await checkExternal(report.external);
  for (const p of problems) console.error(`external: ${p.link}: ${p.problem}`);
  console.log(`check:links --external: ${report.external.size - problems.length} of ${report.external.size} external links answered`);
  failures += problems.length;
}
process.exit(failures ? 1 : 0);
