import { describe, expect, it } from 'vitest';
import { avoidOverlaps, encodingOf, mapFlows, toMapAgreements, wrapLabel } from '../../src/lib/charts/agreementsModel';
import { dataLine, dateLine, figureLines, flowLine, yearLabel } from '../../src/lib/charts/agreementsText';
import { parseAgreements } from '../../src/lib/data/agreements';
import { pickStrings } from '../../src/i18n';
import { translator } from '../../src/i18n/translator';
import { AGREEMENTS_STRINGS } from '../../src/lib/charts/agreementsMapState';
import { SOURCE_IDS, validAgreements } from '../fixtures/agreements/factory';

const { records } = parseAgreements(validAgreements(), SOURCE_IDS);
const t = translator(pickStrings('en', AGREEMENTS_STRINGS));

describe('toMapAgreements', () => {
  const trimmed = toMapAgreements(records);

  it('keeps only the fields the map shows (no quotes, notes or agencies cross into the browser)', () => {
    for (const a of trimmed) {
      expect(a).not.toHaveProperty('quotes');
      expect(a).not.toHaveProperty('agencies');
      expect(a).not.toHaveProperty('note');
      expect(a.flows.every((f) => !('basis' in f))).toBe(true);
    }
  });

  it('sorts by date with undated agreements last, and reads the year of each', () => {
    expect(trimmed.map((a) => [a.id, a.year])).toEqual([
      ['usa-mex-test', 2013],
      ['usa-slv-test', 2019],
      ['test-programme', null],
    ]);
  });

  it('drops instruments that share no data (asylum agreements signed alongside)', () => {
    const noData = { ...records[0]!, id: 'usa-aca-test', dataSharing: 'not-stated' as const, flows: [], dataCategories: [] };
    expect(toMapAgreements([...records, noData]).map((a) => a.id)).not.toContain('usa-aca-test');
  });

  it('flattens every flow into one keyed, drawable item', () => {
    expect(mapFlows(trimmed).map((f) => f.key)).toEqual(['usa-mex-test:MEX-USA', 'usa-slv-test:SLV-USA']);
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
});

describe('wrapLabel', () => {
  it.each([
    ['2019', ['2019']],
    ['Mexico: fingerprints, iris, tattoos', ['Mexico: fingerprints, iris,', 'tattoos']],
    ['El Salvador: third-country nationals, people “planning to travel”', ['El Salvador:', 'third-country nationals,', 'people “planning to travel”']],
  ])('breaks %j only after commas and colons', (text, lines) => {
    expect(wrapLabel(text)).toEqual(lines);
  });
});
