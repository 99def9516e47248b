import { describe, expect, it } from 'vitest';
import { parseBiometricDatabases } from '../../src/lib/data/biometricDatabases';
import { DatasetError } from '../../src/lib/data/errors';
import { MALFORMED, SOURCE_IDS, validDatabases } from '../fixtures/databases/factory';

describe('parseBiometricDatabases', () => {
  it('accepts a valid file and keeps every count, milestone and risk', () => {
    const d = parseBiometricDatabases(validDatabases(), SOURCE_IDS);
    expect([d.ident.counts.length, d.hart.schedule.milestones.length, d.hart.risks.length]).toEqual([4, 3, 2]);
  });

  it.each(MALFORMED)('rejects $name with file, record, field, received and expected', ({ make, message }) => {
    let error: unknown;
    try {
      parseBiometricDatabases(make(), SOURCE_IDS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toBe(message);
  });
});
