/**
 * The answer key as built, in both editions: every number on /teach/key/ and /es/teach/key/ is the
 * answer computed from data/ (src/lib/teach/answers.ts, itself recomputed from the raw files by
 * tests/data/teach-answers.data.test.ts), written as each edition's formatter writes it, and both
 * keys give the same answers to the same questions, and the same quiz answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { DIST } from './dist';
import { computeAnswers } from '../../src/lib/teach/answers';
import { guide } from '../../src/lib/teach/guide';

const page = (path: string) => load(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
const answers = computeAnswers();

describe('the answer key, built in English and in Spanish', () => {
  for (const [path, lang] of [['/teach/key/', 'en'], ['/es/teach/key/', 'es']] as const) {
    it(`${path}: every shown number is the computed answer, written for ${lang}`, () => {
      const $ = page(path);
      expect($('html').attr('lang')).toBe(lang);
      const shown = $('[data-answer]').map((_, e) => [[$(e).attr('data-answer')!, Number($(e).attr('data-value')), $(e).text()]]).get() as [keyof typeof answers, number, string][];
      // One per answer id each question lists, in the guide's order.
      expect(shown.map(([id]) => id)).toEqual(guide(lang).ACTIVITIES.flatMap((a) => a.questions.flatMap((q) => q.answers ?? [])));
      for (const [id, value, text] of shown) {
        expect(value, id).toBe(answers[id].value);
        // es-MX groups thousands with commas as en-US does; years are never grouped.
        const expected = id.endsWith('-year') ? String(answers[id].value) : answers[id].value.toLocaleString(lang === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 0 });
        expect(text, id).toBe(`${expected}${id.endsWith('-pct') ? '%' : ''}`);
      }
      const quiz = $('#quiz-key-h').parent().find('ol > li').map((_, li) => $(li).text()).get();
      expect(quiz).toEqual(guide(lang).QUIZ.map((q) => `(${'abc'[q.right]}) ${q.options[q.right]}`));
    });
  }

  it('the two keys show the same numbers for the same questions', () => {
    const values = (path: string) => page(path)('[data-answer]').map((_, e) => `${e.attribs['data-answer']}=${e.attribs['data-value']}`).get();
    expect(values('/es/teach/key/')).toEqual(values('/teach/key/'));
    expect(values('/teach/key/').length).toBe(Object.keys(answers).length);
  });
});
