/**
 * The JSON download's layout (src/lib/data/downloads.ts datasetJson), on the real catalog:
 * an entry with jsonLayout "compact" (route-incidents) is written on one line, every other entry
 * (border-deaths here) pretty-printed with two spaces; both end in a newline.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/lib/data/catalogEntries';
import { datasetJson } from '../../src/lib/data/downloads';

describe('datasetJson layout', () => {
  it('writes the compact entry on one line', () => {
    const text = datasetJson(CATALOG.find((d) => d.id === 'route-incidents')!);
    expect(text.indexOf('\n')).toBe(text.length - 1);
  });
  it('pretty-prints the others with two-space indentation', () => {
    const text = datasetJson(CATALOG.find((d) => d.id === 'border-deaths')!);
    expect(text.startsWith('{\n  "')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
