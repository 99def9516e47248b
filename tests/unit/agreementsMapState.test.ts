import { describe, expect, it } from 'vitest';
import { AGREEMENTS_MAP_STATES, agreementsMapStateForStep, visibilityIn } from '../../src/lib/charts/agreementsMapState';

describe('agreementsMapStateForStep', () => {
  it('has exactly five steps, in the story’s order', () => {
    expect(AGREEMENTS_MAP_STATES.map((s) => s.id)).toEqual(['mexico', 'wave-2019', 'what-flows', 'who-is-covered', 'later']);
  });

  it.each([
    [-3, 'mexico'],
    [0, 'mexico'],
    [1.7, 'wave-2019'],
    [4, 'later'],
    [99, 'later'],
    [Number.NaN, 'mexico'],
  ])('step %s shows the %s state (out-of-range steps clamp)', (step, id) => {
    expect(agreementsMapStateForStep(step).id).toBe(id);
  });

  it('points the first step at the 52 stations of the DHS terminals programme', () => {
    expect(agreementsMapStateForStep(0).callout).toEqual({ id: 'mex-inm-dhs-terminals', key: 'stations', country: 'MEX' });
  });

  it('shows data categories in step 2 and who is covered in step 3', () => {
    expect([2, 3].map((s) => agreementsMapStateForStep(s).facet)).toEqual(['data', 'coverage']);
  });
});

describe('visibilityIn', () => {
  const a = (id: string, year: number | null, flows = 1) => ({ id, year, flows: Array.from({ length: flows }) });
  const [mexico, wave, , covered, later] = AGREEMENTS_MAP_STATES as unknown as [typeof AGREEMENTS_MAP_STATES[0], typeof AGREEMENTS_MAP_STATES[0], unknown, typeof AGREEMENTS_MAP_STATES[0], typeof AGREEMENTS_MAP_STATES[0]];

  it.each([
    ['Mexico’s memorandum in the first step', mexico, a('usa-mex-moc-2013', 2013), 'emphasis'],
    ['the 2014 memoranda as context in the first step', mexico, a('usa-nca-moc-2014', 2014), 'context'],
    ['a 2019 arrangement in the first step', mexico, a('usa-slv-bdsp-2019', 2019), 'hidden'],
    ['a 2019 arrangement in the 2019 step', wave, a('usa-slv-bdsp-2019', 2019), 'emphasis'],
    ['Mexico’s memorandum in the 2019 step', wave, a('usa-mex-moc-2013', 2013), 'context'],
    ['a 2025 instrument before the last step', covered, a('usa-gtm-mou-2025', 2025), 'hidden'],
    ['a 2025 instrument in the last step', later, a('usa-gtm-mou-2025', 2025), 'emphasis'],
    ['an undated agreement, in any step', later, a('usa-cri-bdsp', null), 'hidden'],
    ['an agreement with no flow to draw', later, a('ice-bitmap', 2011, 0), 'hidden'],
  ] as const)('shows %s as %s', (_, state, agreement, expected) => {
    expect(visibilityIn(state, agreement)).toBe(expected);
  });
});
