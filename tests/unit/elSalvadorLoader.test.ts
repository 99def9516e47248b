import { describe, expect, it } from 'vitest';
import { parseElSalvador } from '../../src/lib/data/elSalvador';
import { DatasetError } from '../../src/lib/data/errors';
import { MALFORMED, SOURCE_IDS, validElSalvador } from '../fixtures/elsalvador/factory';

describe('parseElSalvador', () => {
  it('accepts a valid file and keeps every detention and extension', () => {
    const d = parseElSalvador(validElSalvador(), SOURCE_IDS);
    expect([d.detentions.length, d.extensions.length, d.abuses.length]).toEqual([3, 3, 2]);
  });

  it.each(MALFORMED)('rejects $name with file, record, field, received and expected', ({ make, message }) => {
    let error: unknown;
    try {
      parseElSalvador(make(), SOURCE_IDS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toBe(message);
  });
});
