import { describe, expect, it } from 'vitest';
import { parseCbpOne } from '../../src/lib/data/cbpOne';
import { DatasetError } from '../../src/lib/data/errors';
import { MALFORMED, SOURCE_IDS, validCbpOne } from '../fixtures/cbpOne/factory';

describe('parseCbpOne', () => {
  it('accepts a valid file and keeps every event', () => {
    expect(parseCbpOne(validCbpOne(), SOURCE_IDS).events).toHaveLength(3);
  });

  it.each(MALFORMED)('rejects $name with file, record, field, received and expected', ({ make, message }) => {
    let error: unknown;
    try {
      parseCbpOne(make(), SOURCE_IDS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toBe(message);
  });
});
