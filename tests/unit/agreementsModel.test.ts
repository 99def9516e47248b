import { describe, expect, it } from 'vitest';
import { avoidOverlaps, encodingOf, mapFlows, toMapAgreements, wrapLabel } from '../../src/lib/charts/agreementsModel';
import { dataLine, dateLine, facetLabel, figureLines, flowLine, typeLine, yearLabel } from '../../src/lib/charts/agreementsText';
import { parseAgreements } from '../../src/lib/data/agreements';
import { pickStrings } from '../../src/i18n';
import { translator } from '../../src/i18n/translator';
import { AGREEMENTS_STRINGS } from '../../src/lib/charts/agreementsMapState';
import { SOURCE_IDS, validAgreements } from '../fixtures/agreements/factory';
import type { Agreement } from '../../src/lib/data/agreementsSchema';

const { records } = parseAgreements(validAgreements(), SOURCE_IDS);
const t = translator(pickStrings('en', AGREEMENTS_STRINGS));

describe('toMapAgreements', () => {
  // Called inside each test, not once in the describe body: a mutation run selects the tests
  // that reach a mutant, and a call made while the file is collected reaches it from none.
  it('keeps only the fields the map shows (no quotes, notes or agencies cross into the browser)', () => {
    const trimmed = toMapAgreements(records);
    for (const a of trimmed) {
      expect(a).not.toHaveProperty('quotes');
      expect(a).not.toHaveProperty('agencies');
      expect(a).not.toHaveProperty('note');
      expect(a.flows.every((f) => !('basis' in f))).toBe(true);
    }
  });

  it('sorts by date with undated agreements last, and reads the year of each', () => {
    const trimmed = toMapAgreements(records);
    expect(trimmed.map((a) => [a.id, a.year])).toEqual([
      ['usa-mex-test', 2013],
      ['usa-slv-test', 2019],
      ['test-programme', null],
    ]);
  });

  it('drops instruments that share no data (asylum agreements signed alongside)', () => {
    const noData = { ...records[0]!, id: 'usa-aca-test', dataSharing: 'not-stated' as const, flows: [], dataCategories: [] };
    expect(toMapAgreements([...records, noData]).map((a) => a.id)).toEqual(['usa-mex-test', 'usa-slv-test', 'test-programme']);
  });

  it('breaks a tie of dates by id, and puts every undated agreement after every dated one', () => {
    const [mex, slv, programme] = records as [Agreement, Agreement, Agreement];
    const input = [
      { ...programme, id: 'z-undated' },
      { ...slv, id: 'b-2019', dateSigned: '2019-10-28' },
      { ...programme, id: 'a-undated' },
      { ...slv, id: 'a-2019', dateSigned: '2019-10-28' },
      { ...mex, id: 'c-2013' },
    ];
    expect(toMapAgreements(input).map((a) => a.id)).toEqual(['c-2013', 'a-2019', 'b-2019', 'a-undated', 'z-undated']);
    expect(toMapAgreements([...input].reverse()).map((a) => a.id)).toEqual(['c-2013', 'a-2019', 'b-2019', 'a-undated', 'z-undated']);
  });

  it('carries the optional fields the map shows when a record has them, and no empty keys when it has not', () => {
    const [mex, slv] = records as [Agreement, Agreement];
    const withAll = { ...mex, coverageShort: 'migrants', figures: [{ key: 'stations', value: 52, unit: 'stations' as const, asOf: '2018-08', label: 'stations', source: 'dhs-test', confidence: 'A' as const }] };
    const [a] = toMapAgreements([withAll]);
    expect(a).toMatchObject({ dateUpdated: '2017', coverageShort: 'migrants', figures: [{ key: 'stations', value: 52, unit: 'stations', asOf: '2018-08' }] });
    expect(a!.figures![0]).not.toHaveProperty('label');
    const [b] = toMapAgreements([slv]);
    expect(b!.figures).toEqual([{ key: 'people', value: 10, unit: 'people' }]);
    expect(b).not.toHaveProperty('dateUpdated');
    expect(b).not.toHaveProperty('coverageShort');
    expect(toMapAgreements([records[2]!])[0]).not.toHaveProperty('figures');
  });

  it('flattens every flow into one keyed, drawable item', () => {
    expect(mapFlows(toMapAgreements(records)).map((f) => f.key)).toEqual(['usa-mex-test:MEX-USA', 'usa-slv-test:SLV-USA']);
  });
});

describe('encodingOf', () => {
  it.each([
    ['instrument', 'non-binding', 'non-binding'],
    ['instrument', 'binding', 'binding'],
    ['instrument', 'not-stated', 'not-stated'],
    ['programme', 'not-applicable', 'programme'],
  ] as const)('encodes a %s that is %s as %s', (kind, binding, expected) => {
    expect(encodingOf({ kind, binding })).toBe(expected);
  });
});

describe('agreement wording', () => {
  it.each([
    [{ dateSigned: '2013', dateKind: 'in-place-since', dateUpdated: '2017' }, 'In place since 2013, updated 2017'],
    [{ dateSigned: '2019-08-22', dateKind: 'signed' }, 'Signed August 22, 2019'],
    [{ dateSigned: '2019-08', dateKind: 'signed' }, 'Signed August 2019'],
    [{ dateSigned: null, dateKind: 'signed' }, 'Date not found'],
  ] as const)('writes the date only as precisely as it is known (%o)', (a, expected) => {
    expect(dateLine(a, t, 'en')).toBe(expected);
  });

  it('labels a flow with its year, and the update year when there is one', () => {
    expect([yearLabel({ dateSigned: '2013', dateUpdated: '2017' }), yearLabel({ dateSigned: '2019-10-28' })]).toEqual(['2013/2017', '2019']);
    expect(yearLabel({ dateSigned: '2013-04-02', dateUpdated: '2017-11-30' })).toBe('2013/2017');
    expect(yearLabel({ dateSigned: null })).toBe('?');
  });

  it('names the type and whether it binds', () => {
    expect(typeLine({ type: 'memorandum-of-cooperation', binding: 'non-binding' }, t)).toBe('Memorandum of cooperation, non-binding');
    expect(typeLine({ type: 'programme', binding: 'not-applicable' }, t)).toBe('Programme, a programme, not a treaty text');
  });

  it('writes beside a fan the years, the short data categories or whom the data covers', () => {
    const a = { dateSigned: '2013', dateUpdated: '2017', dataCategories: ['fingerprints', 'tattoos-scars'] as const, coverageShort: 'deportees' };
    expect(facetLabel({ ...a, dataCategories: [...a.dataCategories] }, 'date', t)).toEqual(['2013/2017']);
    expect(facetLabel({ ...a, dataCategories: [...a.dataCategories] }, 'data', t)).toEqual(['fingerprints', 'tattoos']);
    expect(facetLabel({ ...a, dataCategories: [...a.dataCategories] }, 'coverage', t)).toEqual(['deportees']);
    expect(facetLabel({ ...a, dataCategories: [], coverageShort: undefined }, 'coverage', t)).toEqual([]);
  });

  it('writes "?" for the months of a people figure that has none', () => {
    expect(figureLines({ figures: [{ key: 'people', value: 30000, unit: 'people', asOf: '2018-04' }] }, t, 'en')).toEqual(['30,000 people in ? months (April 2018)']);
  });

  it.each([
    [{ from: 'MEX', to: 'USA', direction: 'one-way' }, 'Mexico → United States'],
    [{ from: 'SLV', to: 'USA', direction: 'exchange' }, 'El Salvador ⇄ United States (exchange)'],
    [{ from: 'HND', to: 'USA', direction: 'not-stated' }, 'Honduras – United States (direction not stated)'],
  ] as const)('says who gives data to whom (%o)', (f, expected) => {
    expect(flowLine(f, t)).toBe(expected);
  });

  it('names the data categories, or says none is named', () => {
    expect(dataLine({ dataCategories: ['fingerprints', 'iris', 'tattoos-scars'] }, t)).toBe('fingerprints, iris scans, tattoos and scars');
    expect(dataLine({ dataCategories: [] }, t)).toBe('no kinds of data named');
  });

  it('writes the programme figures through the shared formatter', () => {
    const figures = [
      { key: 'stations', value: 52, unit: 'stations', asOf: '2018-08' },
      { key: 'people', value: 30000, unit: 'people', asOf: '2018-04' },
      { key: 'months', value: 13, unit: 'months', asOf: '2018-04' },
      { key: 'budget', value: 75000000, unit: 'usd' },
    ] as const;
    expect(figureLines({ figures: [...figures] }, t, 'en')).toEqual([
      '52 migration stations (August 2018)',
      '30,000 people in 13 months (April 2018)',
      '$75 million budget',
    ]);
  });
});

describe('avoidOverlaps', () => {
  it('leaves separate labels where they are and pushes an overlapping one below the first', () => {
    const placed = avoidOverlaps([
      { key: 'a', x: 0, y: 0, width: 40, height: 10 },
      { key: 'b', x: 100, y: 0, width: 40, height: 10 },
      { key: 'c', x: 10, y: 4, width: 40, height: 10 },
    ]);
    expect(placed.map((p) => p.y)).toEqual([0, 0, 12]);
  });

  // Two 40 × 10 boxes with the default 2-unit gap overlap when their centres are less than
  // 42 apart across and less than 12 apart down; the second is then put 12 below the first.
  const second = (x: number, y: number) => avoidOverlaps([{ key: 'a', x: 100, y: 50, width: 40, height: 10 }, { key: 'b', x, y, width: 40, height: 10 }])[1]!.y;
  it.each([
    [142, 50, 50, 'exactly the gap apart across: left alone'],
    [141, 50, 62, 'closer than the gap across: pushed down'],
    [59, 50, 62, 'closer than the gap across, on the other side: pushed down'],
    [100, 62, 62, 'exactly the gap apart down: left alone'],
    [100, 59, 62, 'closer than the gap down: pushed to 12 below'],
    [100, 41, 62, 'closer than the gap above: pushed below too'],
    [100, 90, 90, 'far apart down while level across: left alone'],
  ])('a box at (%d, %d) ends at y %d: %s', (x, y, expected) => {
    expect(second(x, y)).toBe(expected);
  });

  it('gives up after 50 pushes, so a pile of labels cannot keep it looping', () => {
    const pile = Array.from({ length: 52 }, (_, i) => ({ key: `l${i}`, x: 0, y: 0, width: 40, height: 10 }));
    const ys = avoidOverlaps(pile).map((p) => p.y);
    expect(ys.slice(0, 51)).toEqual(Array.from({ length: 51 }, (_, i) => i * 12));
    // The 52nd would need 51 pushes; it stops after 50, on top of the 51st.
    expect(ys[51]).toBe(600);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['2019', ['2019']],
    ['Mexico: fingerprints, iris, tattoos', ['Mexico: fingerprints, iris,', 'tattoos']],
    ['El Salvador: third-country nationals, people “planning to travel”', ['El Salvador:', 'third-country nationals,', 'people “planning to travel”']],
  ])('breaks %j only after commas and colons', (text, lines) => {
    expect(wrapLabel(text)).toEqual(lines);
  });

  it('joins a part when the line is exactly the limit, and not one character over', () => {
    expect(wrapLabel('abc, def', 8)).toEqual(['abc, def']);
    expect(wrapLabel('abc, defg', 8)).toEqual(['abc,', 'defg']);
  });

  it('collapses the run of spaces at a break into one', () => {
    expect(wrapLabel('Mexico:   fingerprints')).toEqual(['Mexico: fingerprints']);
  });
});
