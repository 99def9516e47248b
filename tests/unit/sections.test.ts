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

  it('reads a box with its title, and an insert, between prose', () => {
    const md = 'Lede.\n<!-- box: takeaways -->\n### Key points\n- One\n- Two\n<!-- /box -->\n<!-- insert: official-case -->\nAfter.';
    expect(splitSection(md)).toEqual([
      { kind: 'prose', markdown: 'Lede.' },
      { kind: 'box', box: 'takeaways', title: 'Key points', markdown: '- One\n- Two' },
      { kind: 'insert', name: 'official-case' },
      { kind: 'prose', markdown: 'After.' },
    ]);
  });

  it.each([
    ['<!-- box: details -->\nNo title\n<!-- /box -->', 'f.md: line 2: received "No title" as the first line of box "details"; expected a heading ("### Title") as its first line.'],
    ['<!-- box: details -->\n### T\n<!-- /box -->', 'f.md: line 3: received an empty box "details"; expected text below its title.'],
    ['<!-- box: details -->\n### T\ntext', 'f.md: line 1: received a box "details" that is never closed; expected a <!-- /box --> line.'],
    ['<!-- /box -->', 'f.md: line 1: received <!-- /box --> with no open box; expected a <!-- box: NAME --> before it.'],
    ['<!-- box: a -->\n### T\n<!-- step -->', 'f.md: line 3: received "<!-- step -->" inside the box opened on line 1; expected a <!-- /box --> first.'],
    ['<!-- scrolly: a -->\n<!-- box: b -->', 'f.md: line 2: received "<!-- box: b -->" inside the scrolly opened on line 1; expected boxes outside scrollies.'],
    ['<!-- scrolly: a -->\n<!-- insert: b -->', 'f.md: line 2: received "<!-- insert: b -->" inside the scrolly opened on line 1; expected inserts outside scrollies.'],
  ])('rejects a malformed box or insert with file, line, received and expected (%#)', (md, message) => {
    expect(() => splitSection(md, 'f.md')).toThrow(message);
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
