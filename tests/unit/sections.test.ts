import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, splitSection } from '../../src/lib/story/sections';

describe('splitSection', () => {
  it('splits prose and a scrolly into parts, one string per step', () => {
    const md = 'Intro.\n\n<!-- scrolly: deaths -->\nStep zero.\n<!-- step -->\nStep one.\n<!-- /scrolly -->\n\nOutro.';
    expect(splitSection(md)).toEqual([
      { kind: 'prose', markdown: 'Intro.' },
      { kind: 'scrolly', chart: 'deaths', steps: ['Step zero.', 'Step one.'] },
      { kind: 'prose', markdown: 'Outro.' },
    ]);
  });

  it('keeps two scrollies in one section apart', () => {
    const md = '<!-- scrolly: a -->\nA0\n<!-- /scrolly -->\nMiddle\n<!-- scrolly: b -->\nB0\n<!-- step -->\nB1\n<!-- /scrolly -->';
    expect(splitSection(md).map((p) => (p.kind === 'scrolly' ? `${p.chart}:${p.steps.length}` : 'prose'))).toEqual(['a:1', 'prose', 'b:2']);
  });

  it.each([
    ['<!-- scrolly: a -->\nA0', 'f.md: line 1: received a scrolly "a" that is never closed; expected a <!-- /scrolly --> line.'],
    ['Text\n<!-- step -->', 'f.md: line 2: received <!-- step --> outside a scrolly; expected it between <!-- scrolly: ID --> and <!-- /scrolly -->.'],
    ['<!-- /scrolly -->', 'f.md: line 1: received <!-- /scrolly --> with no open scrolly; expected a <!-- scrolly: ID --> before it.'],
    ['<!-- scrolly: a -->\nA0\n<!-- step -->\n<!-- /scrolly -->', 'f.md: line 4: received an empty step 1 in scrolly "a"; expected text in every step.'],
  ])('rejects malformed markers with file, line, received and expected (%#)', (md, message) => {
    expect(() => splitSection(md, 'f.md')).toThrow(message);
  });
});

describe('countWords and readingMinutes', () => {
  it('counts words of prose, not link targets or comments', () => {
    expect(countWords('At least [853](/sources/#src-cbs) people died. <!-- step --> ## Why')).toBe(6);
  });
  it('rounds reading time and never says zero minutes', () => {
    expect(readingMinutes(3000)).toBe(13);
    expect(readingMinutes(10)).toBe(1);
  });
});
