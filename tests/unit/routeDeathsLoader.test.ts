import { describe, expect, it } from 'vitest';
import { parseRouteDeaths, parseRouteIncidents } from '../../src/lib/data/routeDeaths';
import { DatasetError } from '../../src/lib/data/errors';
import { MALFORMED_INCIDENTS, MALFORMED_TOTALS, SOURCE_IDS, validIncidents, validTotals } from '../fixtures/routeDeaths/factory';

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('parseRouteDeaths', () => {
  it('accepts a valid totals file', () => {
    expect(parseRouteDeaths(validTotals(), SOURCE_IDS).byRoute[0]!.years).toHaveLength(2);
  });
  it.each(MALFORMED_TOTALS)('rejects $name with file, record, field, received and expected', ({ make, message }) => {
    const error = errorOf(() => parseRouteDeaths(make(), SOURCE_IDS));
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toBe(message);
  });
});

describe('parseRouteIncidents', () => {
  it('accepts a valid incidents file, with and without a kind', () => {
    const parsed = parseRouteIncidents(validIncidents(), SOURCE_IDS);
    expect(parsed.incidents.map((i) => i.kind)).toEqual([undefined, 'split']);
  });
  it.each(MALFORMED_INCIDENTS)('rejects $name with file, record, field, received and expected', ({ make, message }) => {
    const error = errorOf(() => parseRouteIncidents(make(), SOURCE_IDS));
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toBe(message);
  });
});
