import { describe, expect, it } from 'vitest';
import { parseTools } from '../../src/lib/data/surveillanceTools';
import { DatasetError } from '../../src/lib/data/errors';
import { MALFORMED, SOURCE_IDS, validTools } from '../fixtures/tools/factory';

describe('parseTools', () => {
  it('accepts a valid file and keeps every link', () => {
    expect(parseTools(validTools(), SOURCE_IDS).links).toHaveLength(2);
  });

  it.each(MALFORMED)('rejects $name with file, record, field, received and expected', ({ make, message }) => {
    let error: unknown;
    try {
      parseTools(make(), SOURCE_IDS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toBe(message);
  });
});
