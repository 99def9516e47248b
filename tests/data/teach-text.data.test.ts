/**
 * The teaching material in both editions (src/lib/teach/guide.ts and guide.es.ts): the Spanish
 * guide asks the same things as the English one (same activities, files, answers from the
 * computed key, quiz answers), every number it writes comes from data/ (the prose–data drift
 * check the story's content runs), and no superlative stands in it unless listed here with why.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guide } from '../../src/lib/teach/guide';
import { answerLabel, computeAnswers, type AnswerId } from '../../src/lib/teach/answers';
import { addDataFile, checkProse, emptyAllowed, formatFailure, type AllowedSet } from '../../src/lib/data/proseNumbers';
import type { Lang } from '../../src/lib/format/format';

const LANGS: Lang[] = ['en', 'es'];
const dataFiles = readdirSync('data').filter((f) => f.endsWith('.json')).sort();
const allowedFor = (lang: Lang): AllowedSet =>
  dataFiles.reduce((a, f) => addDataFile(a, `data/${f}`, JSON.parse(readFileSync(`data/${f}`, 'utf8')), lang), emptyAllowed());

/** Every sentence of a guide, with where it stands (for messages). */
const textCache = new Map<Lang, [string, string][]>();
function texts(lang: Lang): [string, string][] {
  if (!textCache.has(lang)) textCache.set(lang, guideTexts(lang));
  return textCache.get(lang)!;
}
function guideTexts(lang: Lang): [string, string][] {
  const g = guide(lang);
  return [
    ...g.OBJECTIVES.map((o, i): [string, string] => [`objective ${i + 1}`, o]),
    ...g.QUESTIONS.flatMap((q) => q.questions.map((t, i): [string, string] => [`question ${q.section} ${i + 1}`, t])),
    ...g.ACTIVITIES.flatMap((a) => [
      [`activity ${a.id} title`, a.title] as [string, string],
      [`activity ${a.id} skill`, a.skill] as [string, string],
      ...a.steps.map((s, i): [string, string] => [`activity ${a.id} step ${i + 1}`, s]),
      ...a.questions.map((q, i): [string, string] => [`activity ${a.id} question ${i + 1}`, q.text]),
      [`activity ${a.id} explain`, a.explain] as [string, string],
    ]),
    ...g.QUIZ.flatMap((q, i) => [[`quiz ${i + 1}`, q.q] as [string, string], ...q.options.map((o, j): [string, string] => [`quiz ${i + 1} option ${j}`, o]), [`quiz ${i + 1} explain`, q.explain] as [string, string]]),
    ...Object.keys(computeAnswers()).map((id): [string, string] => [`answer label ${id}`, answerLabel(id as AnswerId, lang)]),
  ];
}

describe('the Spanish teaching material matches the English', () => {
  const en = guide('en');
  const es = guide('es');
  it('has the same objectives, sections, activities, files, answer ids and quiz answers', () => {
    expect(es.OBJECTIVES.length).toBe(en.OBJECTIVES.length);
    expect(es.QUESTIONS.map((q) => [q.section, q.questions.length])).toEqual(en.QUESTIONS.map((q) => [q.section, q.questions.length]));
    expect(es.ACTIVITIES.map((a) => [a.id, a.files, a.steps.length, a.questions.map((q) => q.answers ?? null)])).toEqual(
      en.ACTIVITIES.map((a) => [a.id, a.files, a.steps.length, a.questions.map((q) => q.answers ?? null)]),
    );
    expect(es.QUIZ.map((q) => [q.right, q.options.length])).toEqual(en.QUIZ.map((q) => [q.right, q.options.length]));
    expect(Object.keys(es.SIDE_LABEL)).toEqual(Object.keys(en.SIDE_LABEL));
  });

  it('labels every computed answer in Spanish, with the data’s own dates', () => {
    const answers = computeAnswers();
    for (const id of Object.keys(answers) as AnswerId[]) {
      const label = answerLabel(id, 'es');
      expect(label, id).not.toMatch(/\{|\}|undefined/);
      expect(label, id).not.toBe(answers[id].label);
    }
    // The dates come from the data (the first and the latest detention figure), not typed.
    const dateOf = (label: string) => /\(([^)]+)\)$/.exec(label)![1]!;
    for (const id of ['sv-first', 'sv-last'] as const) {
      expect(dateOf(answerLabel(id, 'es')), id).toBe(dateOf(answers[id].label));
      expect(readFileSync('data/el-salvador-exception.json', 'utf8'), id).toContain(`"date": "${dateOf(answerLabel(id, 'es'))}"`);
    }
  });
});

/**
 * What students type or look up, not figures: spreadsheet formulas ("=ROUND(B2/B3, 0)"), record ids
 * ("capacity-2023-06") and ISO dates as the CSV writes them ("2022-04"), quoted as code so the
 * drift check passes over them as it does over the story's code. Each ISO date must still be a
 * date in data/ (checked below), except the one example of the format the steps give.
 */
const FORMULA = /=[A-ZÁÉÍÓÚ.]+\([^)]*\)/g;
const RECORD_ID = /\b[a-z]+(?:-[a-z]+)*-\d{4}(?:-\d{2})?\b/g;
const ISO_DATE = /\b\d{4}-\d{2}(?:-\d{2})?\b/g;
const CODE = new RegExp([FORMULA, RECORD_ID, ISO_DATE].map((r) => r.source).join('|'), 'g');
const codeMasked = (text: string) => text.replace(CODE, (m) => `\`${m}\``);

describe('numbers in the teaching material (prose–data drift)', () => {
  it('quotes only formulas, record ids and ISO dates that are in data/', () => {
    const allData = dataFiles.map((f) => readFileSync(`data/${f}`, 'utf8')).join('\n');
    for (const lang of LANGS) {
      const all = texts(lang).map(([, t]) => t).join('\n');
      for (const id of all.match(RECORD_ID) ?? []) expect(allData, `${lang}: ${id}`).toContain(`"${id}"`);
      const dates = (all.replace(RECORD_ID, '').match(ISO_DATE) ?? []).filter((d) => d !== '2022-04' || !/2022-04 (is a month|indica solo un mes)/.test(all));
      for (const d of dates) expect(allData, `${lang}: ${d}`).toContain(`"${d}"`);
    }
    expect(codeMasked('Divide: =ROUND(B2/B3, 0), then 896.')).toBe('Divide: `=ROUND(B2/B3, 0)`, then 896.');
  });

  for (const lang of LANGS) {
    it(`every number written in the ${lang} guide comes from data/`, () => {
      const allowed = allowedFor(lang);
      const failures = texts(lang).flatMap(([where, text]) => checkProse(`guide (${lang}) ${where}`, codeMasked(text), allowed).map((f) => formatFailure(f, lang)));
      expect(failures).toEqual([]);
    });
  }

  it('catches a number that is not in data/ (the check bites in both languages)', () => {
    expect(checkProse('x', 'La Patrulla Fronteriza contó 896 muertes en 2022.', allowedFor('es'))).toHaveLength(1);
    expect(checkProse('x', 'The Border Patrol counted 896 deaths in 2022.', allowedFor('en'))).toHaveLength(1);
  });
});

/** Superlatives, as the story's test lists them, and their Spanish forms. */
const SUPERLATIVE: Record<Lang, RegExp> = {
  en: /\b(deadliest|highest|worst|largest|biggest|lowest|peak(ed)?|on record|a record|record high|the only|came first|most of any|most often|lead the list)\b/i,
  es: /(m[aá]s mort[ií]fer[oa]s?|m[aá]s alt[oa]s?|m[aá]s baj[oa]s?|\b(el|la|los|las) (mayor|peor|menor)(es)?(?![a-záéíóúñ])|r[eé]cord|m[aá]ximo|\b(el|la) [uú]nic[oa]\b|primer lugar|encabeza)/i,
};
/** Superlative words in the guides that state no ranking in our voice: questions and steps for students, or attributed. */
const ALLOWED: { lang: Lang; phrase: RegExp; why: string }[] = [
  { lang: 'en', phrase: /Note the count for 2022 and the year with the largest value/, why: 'a step: students find the maximum themselves' },
  { lang: 'en', phrase: /In which year is the count highest\?/, why: 'a question, answered by the computed key (usbp-max-year)' },
  { lang: 'en', phrase: /fiscal year of the highest Border Patrol count/, why: 'the label of the computed answer usbp-max-year' },
  { lang: 'es', phrase: /Anoten el conteo de 2022 y el año con el valor más alto/, why: 'a step: students find the maximum themselves' },
  { lang: 'es', phrase: /año fiscal con el conteo más alto de la Patrulla Fronteriza/, why: 'the label of the computed answer usbp-max-year' },
  { lang: 'es', phrase: /empuja a la gente hacia rutas más mortíferas/, why: 'a quiz question about who argues it: Access Now, as the story attributes it' },
];

describe('superlatives in the teaching material', () => {
  for (const lang of LANGS) {
    it(`has no superlative in the ${lang} guide that is not listed with a reason`, () => {
      const loose = texts(lang).filter(([, text]) => SUPERLATIVE[lang].test(text) && !ALLOWED.some((a) => a.lang === lang && a.phrase.test(text)));
      expect(loose).toEqual([]);
    });
    it(`every listed ${lang} exception is still in the guide (no stale allowance)`, () => {
      for (const a of ALLOWED.filter((x) => x.lang === lang)) expect(texts(lang).some(([, t]) => a.phrase.test(t)), String(a.phrase)).toBe(true);
    });
  }

  it('catches an unlisted superlative (the check bites)', () => {
    expect(SUPERLATIVE.es.test('2022 fue el año más mortífero.')).toBe(true);
    expect(SUPERLATIVE.en.test('2022 was the deadliest year.')).toBe(true);
  });
});
