import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDuplicateKey, stripBom } from '../../src/lib/data/jsonText';
import { readJson } from '../../src/lib/data/load';
import { show } from '../../src/lib/data/errors';

describe('findDuplicateKey', () => {
  it.each([
    ['{"a":1,"b":2}', null],
    ['{"a":{"x":1},"b":{"x":2}}', null],
    ['[{"id":"a"},{"id":"b"}]', null],
    ['{"s":"a \\"quoted\\" , { [ string","t":1}', null],
    ['{"a":1,"a":2}', { path: '(top level)', key: 'a' }],
    ['{"records":[{"id":"x","value":1},{"id":"y","value":2,"value":3}]}', { path: 'records[1]', key: 'value' }],
    ['{"a":{"b":[1,{"c":1,"c":2}]}}', { path: 'a.b[1]', key: 'c' }],
    ['{"\\u0061":1,"a":2}', { path: '(top level)', key: 'a' }],
  ])('%s → %j', (text, expected) => expect(findDuplicateKey(text)).toEqual(expected));
});

describe('stripBom', () => {
  it('removes only a leading byte-order mark and says so', () => {
    expect(stripBom('\uFEFF{"a":1}')).toEqual({ text: '{"a":1}', hadBom: true });
    expect(stripBom('{"a":"\uFEFF"}')).toEqual({ text: '{"a":"\uFEFF"}', hadBom: false });
  });
});

describe('readJson on bad files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readjson-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return name;
  };

  it('reads a file that starts with a byte-order mark', () => {
    expect(readJson(file('bom.json', '\uFEFF{"records":[]}'), dir)).toEqual({ records: [] });
  });

  it('rejects a duplicate key, naming the file, the object and the key', () => {
    expect(() => readJson(file('dup.json', '{"records":[{"id":"a","value":1,"value":2}]}'), dir)).toThrow(
      'dup.json: records[0], field "value": received the key "value" twice in one object; expected each key once (JSON keeps only the last, so the first value would be lost silently).',
    );
  });
});

describe('show', () => {
  it('writes non-finite numbers as they are, not as null', () => {
    expect([show(NaN), show(Infinity), show(-Infinity), show({ v: NaN })]).toEqual(['NaN', 'Infinity', '-Infinity', '{"v":"NaN"}']);
  });
});
