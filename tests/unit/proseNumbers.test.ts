import { describe, expect, it } from 'vitest';
import { addDataFile, checkProse, emptyAllowed, extractNumbers, formatFailure, maskIgnored } from '../../src/lib/data/proseNumbers';

/** A tiny data directory: counts, money, a fraction, a year field, a date, a percent-named key and geometry. */
const allowed = () => {
  const a = emptyAllowed();
  addDataFile(a, 'data/deaths.json', { records: [{ id: 'usbp-2022', year: 2022, value: 853 }, { id: 'usbp-2021', year: 2021, value: 1450 }] });
  addDataFile(a, 'data/money.json', { contracts: [{ id: 'hart', amountUSD: 4.3e9, identities: 2.9e8, share: 0.57, changePercent: 53, date: '2019-09-27', dateSigned: '2014-05' }] });
  addDataFile(a, 'data/region.json', { type: 'Topology', arcs: [[[7, 12], [3, 4]]], bbox: [-118, 13, -86, 33] });
  return a;
};
const texts = (md: string) => extractNumbers(md).map((n) => n.canonical);
const failures = (md: string) => checkProse('src/content/en/x.md', md, allowed()).map((f) => f.text);

describe('extractNumbers', () => {
  it.each([
    ['At least 853 people died.', ['853']],
    ['It held 1,450 records, then 4.3 more.', ['1,450', '4.3']],
    ['HART cost $4.3 billion and holds 290 million identities.', ['$4.3 billion', '290 million']],
    ['A contract of $265,000, or US$4.3 billion.', ['$265,000', '$4.3 billion']],
    ['Deaths rose 57% (or 57 percent, 57 per cent).', ['57%', '57%', '57%']],
    ['In FY2022 and FY 2021, and in fiscal 2019.', ['FY2022', 'FY2021', '2019']],
    ['Over six years (2014–2019).', ['2014', '2019']],
  ])('finds the numbers in %j', (md, expected) => expect(texts(md)).toEqual(expected));

  it.each([
    ['numbers in words and ordinals', 'Three people, a million records, the third year, the 21st century, her 2nd trip.'],
    ['identifiers and decades glued to letters', 'COVID-19, H-2A visas, form I-94, the G7, in the 1990s.'],
    ['link targets, bare URLs and reference definitions', 'See [the report](https://gao.gov/products/gao-25-107548) or https://x.org/2019/12.\n\n[gao]: https://gao.gov/123'],
    ['HTML and MDX comments', 'Text <!-- 999 was the draft figure --> and {/* 777 */} more.'],
    ['footnote markers', 'A claim.[^1] Another.[^note2]'],
    ['ordered-list markers', '1. First step\n2) Second step\n> 3. Quoted step'],
    ['a U.S. Code title and a rate denominator', 'Under Title 42, deaths per 100,000 apprehensions.'],
    ['front matter, code, tags and MDX expressions', '---\ntitle: Part 3\norder: 3\n---\nimport X from "../c/X.astro";\n<DeathsFigure step={2} uid="d7" />\n`value: 42`\n```json\n{"n": 12}\n```'],
  ])('ignores %s', (_name, md) => expect(texts(md)).toEqual([]));

  it('checks the figure next to a title or a denominator', () => {
    expect(texts('Title 42 expelled 1.9 million; 132 per 100,000 apprehensions; 100,000 people.')).toEqual(['1.9 million', '132', '100,000']);
    expect(texts('El Título 42 expulsó a 1.9 millones; 132 por cada 100,000 detenciones; 100,000 personas.')).toEqual(['1.9 millones', '132', '100,000']);
  });

  it('reports line and column of each number as written', () => {
    const [n] = extractNumbers('---\ntitle: x\n---\n\nIn all, **$4.3 billion**.');
    expect(n).toMatchObject({ line: 5, column: 11, text: '$4.3 billion', value: 4.3e9 });
  });

  it('still checks a number that starts a sentence of a list item', () => {
    expect(texts('1. 853 people died.')).toEqual(['853']);
  });

  it('checks the text of a footnote but not its marker', () => {
    expect(texts('Claim.[^1]\n\n[^1]: GAO counted 853.')).toEqual(['853']);
  });
});

describe('checkProse', () => {
  it.each([
    ['a count through formatNumber', 'At least 853 died; 1,450 in all.'],
    ['money and large counts in words', 'It cost $4.3 billion for 290 million identities.'],
    ['a fraction through formatPercent and a percent-named value', 'A 57% rise; a 53 percent jump.'],
    ['years from year fields and dates, and fiscal-year labels', 'In 2022, FY2021, since 2019 and 2014.'],
    ['a data date written as the formatter writes it', 'On September 27, 2019, and in May 2014, and on September 27.'],
  ])('accepts %s', (_name, md) => expect(failures(md)).toEqual([]));

  it.each([
    ['a count no data value has', 'At least 854 died.', ['854']],
    ['a count written without the formatter’s grouping', 'In all 1450 died.', ['1450']],
    ['a rounded figure not in the data', 'It cost $4 billion.', ['$4 billion']],
    ['a year no data mentions', 'Since 1994, and in FY2030.', ['1994', 'FY2030']],
    ['a day that is not the data’s date', 'On September 28, 2019.', ['28']],
    ['a coordinate or topology value', 'At 13 degrees, 7 arcs.', ['13', '7']],
  ])('rejects %s', (_name, md, expected) => expect(failures(md)).toEqual(expected));

  it('reads a span\'s from and to as years (FY too), but not other from/to numbers', () => {
    const a = emptyAllowed();
    addDataFile(a, 'data/f.json', { findings: [{ span: { from: 1998, to: 2012 } }], range: { from: 1871, to: 1872 } });
    expect(checkProse('x.md', 'From 1998 to 2012, FY2012.', a)).toEqual([]);
    expect(checkProse('x.md', 'In FY1871.', a).map((f) => f.text)).toEqual(['FY1871']);
  });

  it('names file, line, the number as written and the nearest data values', () => {
    const [f] = checkProse('src/content/en/intro.md', 'Intro.\n\nAt least 854 died.', allowed());
    expect(formatFailure(f!)).toBe(
      'src/content/en/intro.md:3:10: "854" is not a value in data/ as the formatter writes it; nearest data values: 853 (data/deaths.json records[0] (id "usbp-2022").value); 1,450 (data/deaths.json records[1] (id "usbp-2021").value); 53 (data/money.json contracts[0] (id "hart").changePercent).',
    );
  });
});

describe('maskIgnored', () => {
  it('keeps every line and column in place', () => {
    const md = 'a <!-- x\ny --> b [l](http://u/1) c';
    const masked = maskIgnored(md);
    expect(masked).toHaveLength(md.length);
    expect(masked.split('\n')).toHaveLength(2);
    expect(masked.replace(/\s+/g, ' ')).toBe('a b [l c');
  });
});
