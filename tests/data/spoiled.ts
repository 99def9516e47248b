/**
 * What the loader-rule tables share (loader-rules-3.data.test.ts, schema-edges.data.test.ts):
 * a fresh copy of a real data file to spoil, and the source ids the parsers check citations against.
 */
import { readFileSync } from 'node:fs';
import { loadSources } from '../../src/lib/data/load';

export type Json = any;
export const ids: ReadonlySet<string> = new Set(loadSources().sources.map((s) => s.id));
/** A fresh, parsed copy of data/<file>. */
export const real = (file: string): Json => JSON.parse(readFileSync(`data/${file}`, 'utf8'));
