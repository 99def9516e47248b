import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCbpOne } from '../../src/lib/data/cbpOne';
import { loadSources } from '../../src/lib/data/load';

describe('the real CBP One file, spoiled', () => {
  it('rejects a negative figure, naming it exactly', () => {
    const json = JSON.parse(readFileSync('data/cbp-one.json', 'utf8'));
    json.figures[0].value = -1;
    const ids = new Set(loadSources().sources.map((s) => s.id));
    expect(() => parseCbpOne(json, ids)).toThrow('data/cbp-one.json: figure 0 (id "capacity-2023-05"), field "value": received -1; expected a value >= 0.');
  });
});
