import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translator';
import { pickStrings, useTranslations } from '../../src/i18n';

describe('translator', () => {
  it('fills {name} placeholders and leaves unknown ones visible', () => {
    const t = translator({ a: 'From {first} to {last}' });
    expect(t('a', { first: 1998 })).toBe('From 1998 to {last}');
  });
  it('shows a missing key as itself so the gap is visible', () => {
    expect(translator({})('deaths.nope')).toBe('deaths.nope');
  });
});

describe('pickStrings', () => {
  it('passes an island only the strings with its prefixes', () => {
    const strings = pickStrings('en', ['deaths.']);
    expect(Object.keys(strings).length).toBeGreaterThan(5);
    expect(Object.keys(strings).every((k) => k.startsWith('deaths.'))).toBe(true);
    expect(strings['deaths.title']).toBe(useTranslations('en')('deaths.title'));
  });
});
