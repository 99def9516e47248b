import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
const files = process.argv.slice(2);
const seen = new Map();
for (const f of files) {
  const $ = cheerio.load(readFileSync(f, 'utf8'));
  $('[lang="en"]').each((_, el) => {
    if (el.tagName === 'html') return;
    const t = $(el).text().trim().replace(/\s+/g, ' ');
    const key = `${el.tagName}|${$(el).parent().prop('tagName')}|${t.slice(0, 90)}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  });
}
for (const [k, n] of seen) console.log(n, k);
