/**
 * Rules of the prose↔data drift check (src/lib/data/proseNumbers.ts) that the main
 * test file leaves open, pinned with tiny inputs (each written so that one reading of a
 * rule and a slightly different one disagree):
 *   - maskIgnored: front matter only at the very top (and also when it ends the file),
 *     fenced code only between fences at the start of a line (any info string, any body,
 *     any closing fence length), multi-line MDX comments, import/export only at the start
 *     of a line, reference definitions (indented, without a space, single-character
 *     targets, titles), tags with attributes, MDX expressions with text, http:// URLs,
 *     footnote markers of several characters, ordered-list markers of two or three digits;
 *   - extractNumbers: line/column of numbers on lines other than the last (and at the start
 *     of a line), value with thousands separators and percent, "57 %" canonical, which
 *     numbers count as years;
 *   - addDataFile: the first location of a form is kept, span ends at the top level, the
 *     year bounds 1000–2999, percent forms only for 0 < x ≤ 1, "N%" only under percent-like
 *     keys, four-digit year strings only under year keys, dates only under date keys,
 *     no date phrase for a bare year, null values skipped;
 *   - checkProse: the longest date phrase wins (the year of a full date is blanked with it);
 *   - datePhrases, emptyAllowed, nearest (relative distance, duplicates dropped) and
 *     formatFailure with no nearest value.
 */
import { describe, expect, it } from 'vitest';
import { addDataFile, checkProse, datePhrases, emptyAllowed, extractNumbers, formatFailure, nearest } from '../../src/lib/data/proseNumbers';

const texts = (md: string) => extractNumbers(md).map((n) => n.canonical);
const allowedFrom = (json: unknown) => addDataFile(emptyAllowed(), 'data/f.json', json);
const failures = (md: string, json: unknown) => checkProse('x.md', md, allowedFrom(json)).map((f) => f.text);

describe('maskIgnored (through extractNumbers)', () => {
  it.each([
    ['front matter that is the whole file', '---\ntitle: Part 3\n---', []],
    ['a fence with an info string', '```js\nconst n = 5;\n```', []],
    ['a fence closed by a longer fence', '```\nn = 5\n````', []],
    ['a fence closed only by a marker at the start of a line', '```\nn = 5 ```\nn = 6\n```', []],
    ['an MDX comment over two lines', 'Text {/* 777\n888 */} more.', []],
    ['import and export lines', 'import X from "./x";\nexport const n = 5;', []],
    ['reference definitions, indented or not, with or without a space', '[gao]: /r/123\n  [cbp]:/r/456\n[a]: 7\n[b]: /r/8 "page 9"', []],
    ['a tag with attributes', 'A <abbr title="5 items">list</abbr>.', []],
    ['an MDX expression with text', 'Step {count + 5} here.', []],
    ['an http:// URL', 'See http://x.org/2019/12.', []],
    ['a footnote marker of two characters', 'A claim.[^12]', []],
    ['ordered-list markers of two and three digits', '10. Tenth step\n100) Last step', []],
  ])('ignores %s', (_name, md, expected) => expect(texts(md)).toEqual(expected));

  it.each([
    ['around a thematic break (it is not front matter)', 'Deaths: 12.\n\n---\n\nThen 34.\n\n---\n', ['12', '34']],
    ['after a fence marker that does not start a line', 'Say ```js\n5 times\n```', ['5']],
    ['with "import" inside a sentence', 'We import 5 tons.', ['5']],
    ['with "[x]:" inside a sentence', 'Note [a]: 5 died.', ['5']],
  ])('reads the numbers %s', (_name, md, expected) => expect(texts(md)).toEqual(expected));
});

describe('extractNumbers', () => {
  it('gives the line and column of numbers on every line, including at the start of a line', () => {
    expect(extractNumbers('853 died.\n\nIn all 1,450.\n57% rose.').map(({ line, column }) => [line, column])).toEqual([
      [1, 1],
      [3, 8],
      [4, 1],
    ]);
  });

  it('reads the value without separators and a percent as a fraction', () => {
    expect(extractNumbers('1,450 and 57% and 2.5 million').map((n) => n.value)).toEqual([1450, 0.57, 2.5e6]);
  });

  it('writes "57 %" canonically as "57%"', () => {
    expect(texts('It rose 57 %.')).toEqual(['57%']);
  });

  it('takes as a year only a bare four-digit whole number or an FY label', () => {
    const md = '2019, FY2020, $2019, US$2019, 2019 million, 2019%, 2019 percent, 2019.5, 12019, 853, 5';
    expect(extractNumbers(md).map((n) => [n.text, n.isYear])).toEqual([
      ['2019', true],
      ['FY2020', true],
      ['$2019', false],
      ['US$2019', false],
      ['2019 million', false],
      ['2019%', false],
      ['2019 percent', false],
      ['2019.5', false],
      ['12019', false],
      ['853', false],
      ['5', false],
    ]);
  });
});

describe('addDataFile', () => {
  it('keeps the first place a form was found', () => {
    const a = allowedFrom({ records: [{ id: 'a', value: 853 }, { id: 'b', value: 853 }] });
    expect(a.forms.get('853')).toBe('data/f.json records[0] (id "a").value');
  });

  it('reads a span\'s from and to as years at the top level too, but not its other numbers', () => {
    expect(failures('From 1998 to FY2012; FY2005.', { span: { from: 1998, to: 2012, count: 2005 } })).toEqual(['FY2005']);
  });

  it('takes year-key numbers as years only from 1000 to 2999', () => {
    expect(failures('FY1000, FY2999, $999, $3,000.', { years: [1000, 2999], year: 999, yearMax: 3000 })).toEqual([]);
    expect(failures('FY3000.', { yearMax: 3000 })).toEqual(['FY3000']);
  });

  it('writes a number as a percent only when it is a fraction above 0 and at most 1', () => {
    expect(failures('100%.', { v: 1 })).toEqual([]);
    expect(failures('0%, 200%, 5,300%.', { a: 0, b: 2, c: 53 })).toEqual(['0%', '200%', '5,300%']);
  });

  it('writes "N%" only under a percent-like key', () => {
    expect(failures('53%.', { count: 53 })).toEqual(['53%']);
    expect(failures('53%.', { rate: 53 })).toEqual([]);
  });

  it('takes a four-digit string as a year only under a year key', () => {
    expect(failures('In 2019, FY2019.', { year: '2019' })).toEqual([]);
    expect(failures('In 2019, 12019, 20195.', { code: '2019', year: '12019', fiscalYear: '20195' })).toEqual(['2019', '12019', '20195']);
  });

  it('gives a bare-year date no date phrase, so "2019.5" is still checked', () => {
    expect(failures('In 2019.5.', { date: '2019' })).toEqual(['2019.5']);
  });

  it('skips null values', () => {
    expect(failures('In 2019.', { date: null, year: 2019 })).toEqual([]);
  });
});

describe('checkProse', () => {
  it('blanks a whole written date, year included, even when the same day of another year came first', () => {
    // "September 27" (from 2020-09-27) must not win over "September 27, 2019": the year would be read on as "2019.5".
    expect(failures('On September 27, 2019.5.', { events: [{ date: '2020-09-27' }, { date: '2019-09-27' }] })).toEqual([]);
    expect(failures('On September 28, 2019.5.', { events: [{ date: '2020-09-27' }, { date: '2019-09-27' }] })).toEqual(['28', '2019.5']);
  });
});

describe('datePhrases', () => {
  it('writes a day long, short and without the year', () => {
    expect(datePhrases('2019-09-27', 'en')).toEqual(['September 27, 2019', 'Sep 27, 2019', 'September 27']);
    expect(datePhrases('2019-09', 'es')).toEqual(['septiembre de 2019', 'sep 2019']);
  });
});

describe('emptyAllowed', () => {
  it('allows nothing', () => {
    expect(emptyAllowed()).toEqual({ forms: new Map(), phrases: [], values: [] });
  });
});

describe('nearest', () => {
  const values = (...ns: number[]) => ns.map((value, i) => ({ value, where: `v${i}`, isYear: false }));

  it('measures distance relative to the larger value', () => {
    expect(nearest({ value: 100, isYear: false }, values(50, 180), 1).map((v) => v.value)).toEqual([180]);
  });

  it('drops repeated values and keeps three', () => {
    expect(nearest({ value: 850, isYear: false }, values(853, 853, 900, 1000, 5000)).map((v) => v.where)).toEqual(['v0', 'v2', 'v3']);
  });

  it('compares an FY label with years only', () => {
    const pool = [{ value: 2030, where: 'n', isYear: false }, { value: 2022, where: 'y', isYear: true }];
    const [f] = checkProse('x.md', 'In FY2030.', { ...emptyAllowed(), values: pool });
    expect(f!.nearest.map((v) => v.where)).toEqual(['y']);
  });
});

describe('formatFailure', () => {
  it('says "none" when no data value is near', () => {
    expect(formatFailure({ file: 'x.md', line: 1, column: 4, text: '853', nearest: [] })).toBe(
      'x.md:1:4: "853" is not a value in data/ as the formatter writes it; nearest data values: none.',
    );
  });
});
