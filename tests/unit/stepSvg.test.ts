import { describe, expect, it } from 'vitest';
import { findElements, dropHydrationComments } from '../../src/lib/export/markup';
import { cssFor } from '../../src/lib/export/cssFor';
import { externalShapes, standaloneSvg, stepFigure, stepFigures, withoutRepeats } from '../../src/lib/export/stepSvg';

const CSS = ':root{--c-ink:#111}@media (prefers-color-scheme:dark){:root{--c-ink:#eee}}html:not(.js) .js-only{display:none}.chart.s-a{--f:red}.plot.s-a svg{width:100%}.dot.s-a{fill:var(--f)}.legend.s-a li{gap:1px}@keyframes k{0%{opacity:0}}';
const COPY =
  '<div class="step-figure" role="group"><!--[--><div class="chart s-a" data-state="x"><fieldset class="switch js-only s-a"><legend>Show</legend></fieldset>' +
  '<div class="plot s-a"><svg viewBox="0 0 200 100" role="img" aria-labelledby="t d" class="s-a"><title id="t">Deaths</title><desc id="d">Rose to "895" in 2024.</desc><circle class="dot s-a" r="3"></circle></svg></div>' +
  '<ul class="legend s-a"><li><svg width="10" height="10"><line></line></svg>Count</li></ul><div class="visually-hidden" aria-live="polite"></div></div><!--]--></div>';

describe('markup helpers', () => {
  it('findElements returns the outermost match with the classes of its ancestors', () => {
    const [svg] = findElements(COPY, (tag, open) => tag === 'svg' && /role="img"/.test(open));
    expect(svg!.ancestors.map((a) => a.class)).toEqual(['step-figure', 'chart s-a', 'plot s-a']);
    expect(COPY.slice(svg!.start, svg!.end)).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });

  it('dropHydrationComments removes Svelte markers and keeps other comments', () => {
    expect(dropHydrationComments('<!--[--><b>x</b><!--]--><!--[-1--><!-- note -->')).toBe('<b>x</b><!-- note -->');
  });
});

describe('cssFor', () => {
  it('keeps the tokens and the rules whose classes and elements occur, inside their media queries, and drops the rest', () => {
    const css = cssFor(CSS, '<g class="chart s-a"><svg><circle class="dot s-a"></circle></svg></g>');
    expect(css).toBe(':root{--c-ink:#111}@media (prefers-color-scheme:dark){:root{--c-ink:#eee}}.chart.s-a{--f:red}.dot.s-a{fill:var(--f)}');
  });
});

describe('step figures as files', () => {
  it('standaloneSvg wraps the drawing in groups carrying its ancestors\' classes, with the CSS that reaches it', () => {
    const { svg, width, height, alt } = standaloneSvg([{ markup: '<svg viewBox="0 0 200 100" role="img"><title>T</title><desc>D.</desc><circle class="dot s-a"></circle></svg>', ancestors: [{ class: 'chart s-a' }] }], CSS);
    expect([width, height, alt]).toEqual([200, 100, 'T. D.']);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* viewBox="0 0 200 100" width="200" height="100"/);
    expect(svg).toContain('<g data-html="" class="chart s-a"><svg viewBox="0 0 200 100" role="img">');
    expect(svg).toContain('.chart.s-a{--f:red}');
  });

  it('stepFigure leaves an image with the full description as alt, and drops controls and live regions', () => {
    const out = stepFigure(COPY, CSS, '', '/images/steps/deaths-0.svg')!;
    expect(out.html).toContain('<img class="step-img" src="/images/steps/deaths-0.svg" alt="Deaths. Rose to &quot;895&quot; in 2024." width="200" height="100">');
    expect(out.html).not.toMatch(/<svg[^>]*role="img"|js-only|aria-live|data-state|<!--\[/);
    expect(out.html).toContain('<ul class="legend s-a"><li><svg width="10" height="10">');
    expect(out.svg).toContain('<circle class="dot s-a" r="3"></circle>');
  });

  it('stepFigures names each file by scrolly and step, and resolves shapes the copy borrows from the page', () => {
    const page =
      `<html lang="en"><style>${CSS}</style><div data-scrolly="deaths"><g id="land"><path class="land"></path></g>` +
      `<div data-step="0"><noscript class="step-figure-src">${COPY.replace('<circle', '<use href="#land"></use><circle')}</noscript></div></div></html>`;
    const { html, files } = stepFigures(page, (chart, step) => `/s/${chart}-${step}.svg`);
    expect([...files.keys()]).toEqual(['/s/deaths-0.svg']);
    expect(files.get('/s/deaths-0.svg')).toContain('<defs><g id="land"><path class="land"></path></g></defs>');
    expect(html).toContain('<noscript class="step-figure-src"><div class="step-figure" role="group"><div class="chart s-a">');
  });

  it('externalShapes moves a shared group to a file drawn with <use>, its styles inside it', () => {
    const page = `<style>.land.s-b{fill:red}.other{x:1}</style><svg><g id="land"><path class="land s-b"></path></g></svg>`;
    const out = externalShapes(page, 'land', '/images/shapes/land.svg')!;
    expect(out.html).toContain('<svg><use href="/images/shapes/land.svg#land"></use></svg>');
    expect(out.svg).toBe('<svg xmlns="http://www.w3.org/2000/svg"><defs><g id="land"><style>.land.s-b{fill:red}</style><path class="land s-b"></path></g></defs></svg>');
  });

  it('externalShapes recreates the ancestors the group’s rules name inside the clone', () => {
    const page = `<style>.map.s-b .dot{fill:red}.dots.s-b circle.dot{transform:scale(var(--ds))}.plot{x:1}</style><div class="map s-b"><div class="plot"><svg><g class="dots s-b"><g id="dots"><circle class="dot" r="2"></circle></g></g></svg></div></div>`;
    const out = externalShapes(page, 'dots', '/d.svg', (c) => /\b(map|dots)\b/.test(c))!;
    expect(out.html).toContain('<g class="dots s-b"><use href="/d.svg#dots"></use></g>');
    expect(out.svg).toBe('<svg xmlns="http://www.w3.org/2000/svg"><defs><g id="dots"><style>.map.s-b .dot{fill:red}.dots.s-b circle.dot{transform:scale(var(--ds))}</style><g class="map s-b"><g class="dots s-b"><circle class="dot" r="2"></circle></g></g></g></defs></svg>');
  });
});

describe('a chart’s later step copies share its legend, key and notes', () => {
  const copy = (legend: string, note: string, other = '') =>
    `<div class="chart"><img class="step-img" src="/x.svg" alt="A"><ul class="legend s-a"><li class="legend-item">${legend}</li></ul><ul class="key"><li class="key-title">Deaths, 2014:</li></ul><p class="note s-a">${note}</p>${other}</div>`;

  it('leaves out what the previous copy of the chart showed unchanged, and keeps what changed', () => {
    const last = new Map<string, string>();
    expect(withoutRepeats(copy('Red: deaths', 'Counts are minimums.'), last)).toBe(copy('Red: deaths', 'Counts are minimums.'));
    // Same legend, key and note: only the image stays.
    expect(withoutRepeats(copy('Red: deaths', 'Counts are minimums.'), last)).toBe('<div class="chart"><img class="step-img" src="/x.svg" alt="A"></div>');
    // A changed note comes back; the legend and key stay out.
    expect(withoutRepeats(copy('Red: deaths', '2022 is partial.'), last)).toBe('<div class="chart"><img class="step-img" src="/x.svg" alt="A"><p class="note s-a">2022 is partial.</p></div>');
    // Compared with the copy just before, not the first: the first note is new again here.
    expect(withoutRepeats(copy('Blue: missing', 'Counts are minimums.'), last)).toBe('<div class="chart"><img class="step-img" src="/x.svg" alt="A"><ul class="legend s-a"><li class="legend-item">Blue: missing</li></ul><p class="note s-a">Counts are minimums.</p></div>');
  });

  it('compares a copy’s second note with the second note before it, and reads only whole class names', () => {
    const last = new Map<string, string>();
    const two = '<p class="note">A</p><p class="note">B</p><p class="notes">C</p><span class="key-title">D</span>';
    expect(withoutRepeats(two, last)).toBe(two);
    expect(withoutRepeats(two, last)).toBe('<p class="notes">C</p><span class="key-title">D</span>');
    expect(withoutRepeats('<p class="note">B</p><p class="note">A</p>', last)).toBe('<p class="note">B</p><p class="note">A</p>');
  });

  it('stepFigures shares them within one chart only, in page order', () => {
    const step = (chart: string, i: number) => `<div data-scrolly="${chart}"><div data-step="${i}"><noscript class="step-figure-src">${COPY}</noscript></div></div>`;
    const page = `<html lang="en"><style>${CSS}</style>${step('deaths', 0)}${step('deaths', 1)}${step('tools', 0)}</html>`;
    const { html } = stepFigures(page, (chart, i) => `/s/${chart}-${i}.svg`);
    const copies = [...html.matchAll(/<noscript class="step-figure-src">([\s\S]*?)<\/noscript>/g)].map((m) => m[1]!);
    expect(copies.map((c) => c.includes('class="legend'))).toEqual([true, false, true]);
  });
});
