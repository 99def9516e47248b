/**
 * Splits a story section's Markdown into prose and scrollies. Authors mark a
 * scrolly in plain Markdown with HTML comments, so the text stays readable and
 * editable as a document:
 *
 *   <!-- scrolly: deaths -->   step 0 text
 *   <!-- step -->              step 1 text
 *   <!-- /scrolly -->
 *
 * and a box (rendered apart from the running text) the same way:
 *
 *   <!-- box: takeaways -->    an <aside> (takeaways, where-things-stand …)
 *   ### Title                  the box's first heading is its title
 *   …
 *   <!-- /box -->
 *   <!-- box: details -->      a collapsible <details>; its first heading is the summary
 *
 * and a block the page builds from data/ (e.g. the official case) with one line:
 *
 *   <!-- insert: official-case -->
 */
export type StoryPart =
  | { kind: 'prose'; markdown: string }
  | { kind: 'scrolly'; chart: string; steps: string[] }
  | { kind: 'box'; box: string; title: string; markdown: string }
  | { kind: 'insert'; name: string };

const MARKER = /^<!--\s*(scrolly:\s*([a-z0-9-]+)|step|\/scrolly|box:\s*([a-z0-9-]+)|\/box|insert:\s*([a-z0-9-]+))\s*-->\s*$/;
const TITLE = /^#{2,4}\s+(.+?)\s*$/;

export class StoryFormatError extends Error {}

export function splitSection(markdown: string, file = 'story section'): StoryPart[] {
  const parts: StoryPart[] = [];
  let prose: string[] = [];
  let scrolly: { chart: string; steps: string[][]; line: number } | null = null;
  let box: { box: string; lines: string[]; line: number } | null = null;
  const flushProse = () => {
    if (prose.join('').trim()) parts.push({ kind: 'prose', markdown: prose.join('\n').trim() });
    prose = [];
  };
  const fail = (line: number, received: string, expected: string): never => {
    throw new StoryFormatError(`${file}: line ${line}: received ${received}; expected ${expected}.`);
  };
  markdown.split('\n').forEach((text, i) => {
    const m = MARKER.exec(text.trim());
    if (!m) {
      if (scrolly) scrolly.steps.at(-1)!.push(text);
      else if (box) box.lines.push(text);
      else prose.push(text);
      return;
    }
    if (box && m[1] !== '/box') fail(i + 1, `"${text.trim()}" inside the box opened on line ${box.line}`, 'a <!-- /box --> first');
    if (m[3]) {
      if (scrolly) fail(i + 1, `"${text.trim()}" inside the scrolly opened on line ${scrolly.line}`, 'boxes outside scrollies');
      flushProse();
      box = { box: m[3], lines: [], line: i + 1 };
      return;
    }
    if (m[1] === '/box') {
      if (!box) return fail(i + 1, '<!-- /box --> with no open box', 'a <!-- box: NAME --> before it');
      const body = box.lines.join('\n').trim();
      const first = body.split('\n')[0] ?? '';
      const title = TITLE.exec(first);
      if (!title) fail(box.line + 1, `"${first}" as the first line of box "${box.box}"`, 'a heading ("### Title") as its first line');
      const markdown = body.split('\n').slice(1).join('\n').trim();
      if (!markdown) fail(i + 1, `an empty box "${box.box}"`, 'text below its title');
      parts.push({ kind: 'box', box: box.box, title: title![1]!, markdown });
      box = null;
      return;
    }
    if (m[4]) {
      if (scrolly) fail(i + 1, `"${text.trim()}" inside the scrolly opened on line ${scrolly.line}`, 'inserts outside scrollies');
      flushProse();
      parts.push({ kind: 'insert', name: m[4] });
      return;
    }
    if (m[2]) {
      if (scrolly) fail(i + 1, `"${text.trim()}" inside the scrolly opened on line ${scrolly.line}`, 'a <!-- /scrolly --> first');
      flushProse();
      scrolly = { chart: m[2], steps: [[]], line: i + 1 };
    } else if (m[1] === 'step') {
      if (!scrolly) return fail(i + 1, '<!-- step --> outside a scrolly', 'it between <!-- scrolly: ID --> and <!-- /scrolly -->');
      scrolly.steps.push([]);
    } else {
      if (!scrolly) return fail(i + 1, '<!-- /scrolly --> with no open scrolly', 'a <!-- scrolly: ID --> before it');
      const steps = scrolly.steps.map((s) => s.join('\n').trim());
      const empty = steps.findIndex((s) => !s);
      if (empty >= 0) fail(i + 1, `an empty step ${empty} in scrolly "${scrolly.chart}"`, 'text in every step');
      parts.push({ kind: 'scrolly', chart: scrolly.chart, steps });
      scrolly = null;
    }
  });
  if (scrolly) fail((scrolly as { line: number }).line, `a scrolly "${(scrolly as { chart: string }).chart}" that is never closed`, 'a <!-- /scrolly --> line');
  if (box) fail((box as { line: number }).line, `a box "${(box as { box: string }).box}" that is never closed`, 'a <!-- /box --> line');
  if (prose.join('').trim()) parts.push({ kind: 'prose', markdown: prose.join('\n').trim() });
  return parts;
}

/** Words of prose in Markdown (links, markup and comments removed), for reading time and length budgets. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read at 230 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
