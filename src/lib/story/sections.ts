/**
 * Splits a story section's Markdown into prose and scrollies. Authors mark a
 * scrolly in plain Markdown with HTML comments, so the text stays readable and
 * editable as a document:
 *
 *   <!-- scrolly: deaths -->   step 0 text
 *   <!-- step -->              step 1 text
 *   <!-- /scrolly -->
 */
export type StoryPart = { kind: 'prose'; markdown: string } | { kind: 'scrolly'; chart: string; steps: string[] };

const MARKER = /^<!--\s*(scrolly:\s*([a-z0-9-]+)|step|\/scrolly)\s*-->\s*$/;

export class StoryFormatError extends Error {}

export function splitSection(markdown: string, file = 'story section'): StoryPart[] {
  const parts: StoryPart[] = [];
  let prose: string[] = [];
  let scrolly: { chart: string; steps: string[][]; line: number } | null = null;
  const fail = (line: number, received: string, expected: string): never => {
    throw new StoryFormatError(`${file}: line ${line}: received ${received}; expected ${expected}.`);
  };
  markdown.split('\n').forEach((text, i) => {
    const m = MARKER.exec(text.trim());
    if (!m) {
      if (scrolly) scrolly.steps.at(-1)!.push(text);
      else prose.push(text);
      return;
    }
    if (m[2]) {
      if (scrolly) fail(i + 1, `"${text.trim()}" inside the scrolly opened on line ${scrolly.line}`, 'a <!-- /scrolly --> first');
      if (prose.join('').trim()) parts.push({ kind: 'prose', markdown: prose.join('\n').trim() });
      prose = [];
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
