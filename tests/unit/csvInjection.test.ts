/** CSV downloads never hand a spreadsheet a formula: text cells that start like one are neutralised. */
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { neutraliseCell, toCsv, type Column } from '../../src/lib/data/catalog';

const columns: Column[] = [
  { name: 'title', type: 'string', description: 'A title.' },
  { name: 'lon', type: 'number', unit: 'degrees', description: 'A longitude.' },
];

/** How a spreadsheet decides whether a cell is a formula: its text starts with one of these. */
const runsAsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

describe('toCsv', () => {
  it.each(['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('writes %j as text a spreadsheet shows, not runs', (title) => {
    const [row] = csvParse(toCsv(columns, [{ title, lon: -110.9 }]));
    expect(runsAsFormula(row!.title!)).toBe(false);
    expect(row!.title).toBe(`'${title}`);
  });

  it('leaves numbers, negative ones included, and ordinary text as they are', () => {
    const [row] = csvParse(toCsv(columns, [{ title: 'Río Bravo — 2021', lon: -110.9 }]));
    expect(row).toEqual({ title: 'Río Bravo — 2021', lon: '-110.9' });
  });

  it('neutralises text only', () => {
    expect([neutraliseCell(-3), neutraliseCell(null), neutraliseCell(undefined), neutraliseCell(true), neutraliseCell('a=b')]).toEqual([-3, null, undefined, true, 'a=b']);
  });
});
