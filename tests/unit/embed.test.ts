/**
 * Embeds without a browser: the registry covers every chart, `?step=` parsing, the snippet,
 * and the three small scripts (the embed page's option and resize scripts, /embed.js) run
 * against stand-in windows, so their protocol is pinned here and in tests/e2e/embed.spec.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHART_STATES } from '../../src/lib/charts/registry';
import { CATALOG } from '../../src/lib/data/catalogEntries';
import { EMBED_CHARTS, EMBED_HEIGHTS_600, embedSnippet, parseStep, stateIds } from '../../src/lib/embed/registry';
import { stepFromParam, stepParam } from '../../src/lib/embed/step';
import { headScript, resizeScript } from '../../src/lib/embed/childScripts';
import { embedLoader, encodedKinds, revive } from '../../src/lib/embed/embedIsland';

describe('the embed registry', () => {
  it('has every chart of the chart registry, with a valid default view, datasets and a snippet height', () => {
    expect(EMBED_CHARTS.map((c) => c.id).sort()).toEqual(Object.keys(CHART_STATES).sort());
    const datasets = new Set(CATALOG.map((d) => d.id));
    for (const c of EMBED_CHARTS) {
      expect(c.defaultStep, c.id).toBeLessThan(stateIds(c.id).length);
      for (const d of c.datasets) expect(datasets.has(d), `${c.id}: dataset ${d}`).toBe(true);
      expect(EMBED_HEIGHTS_600[c.id], c.id).toBeGreaterThan(200);
    }
  });

  it('reads ?step= as a view number from 1 or a state id, and nothing else', () => {
    const states = ['a', 'b', 'c'];
    expect(stepFromParam(states, '1')).toBe(0);
    expect(stepFromParam(states, '3')).toBe(2);
    expect(stepFromParam(states, 'b')).toBe(1);
    for (const bad of [null, '', '0', '4', '-1', '1.5', 'x', ' 2']) expect(stepFromParam(states, bad), String(bad)).toBeNull();
    expect(stepParam(2)).toBe('3');
    expect(parseStep('deaths', stateIds('deaths')[4])).toBe(4);
  });

  it('writes a snippet with a titled, lazy, full-width iframe at its 600 px height, the loader and a fallback link', () => {
    const html = embedSnippet('deaths', 'https://example.org/', 'A "quoted" <title>');
    expect(html).toContain('<iframe src="https://example.org/embed/deaths/" title="A &quot;quoted&quot; &lt;title>" loading="lazy" width="100%"');
    expect(html).toContain(`height="${EMBED_HEIGHTS_600.deaths}"`);
    expect(html).toContain('<script src="https://example.org/embed.js" async></script>');
    expect(html).toMatch(/<a href="https:\/\/example.org\/charts\/deaths\/">.*<a href="https:\/\/example.org\/images\/deaths\/usbp-long-light.png">/s);
  });
});

/** Runs an inline script against stand-ins for the globals it uses. */
function run(script: string, globals: Record<string, unknown>) {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function(...Object.keys(globals), script)(...Object.values(globals));
}

describe("the embed page's option script", () => {
  const statics = { one: '/embed/x/static/one/', two: '/embed/x/static/two/' };
  const page = (search: string, langs: Record<string, string> = { en: '/embed/x/' }) => {
    const classes: string[] = [];
    const attrs: Record<string, string> = {};
    const defined: string[] = [];
    let replaced: string | null = null;
    const location = { search, hash: '', replace: (u: string) => (replaced = u) };
    const style: Record<string, string> = {};
    const document = { documentElement: { style, classList: { add: (c: string) => classes.push(c) }, setAttribute: (k: string, v: string) => (attrs[k] = v) } };
    run(headScript(statics, ['one', 'two'], langs, 'en'), { document, location, customElements: { define: (n: string) => defined.push(n) }, HTMLElement: class {} });
    return { classes, attrs, defined, style, replaced: replaced as string | null };
  };

  it('applies ?theme= and ?title=0', () => {
    expect(page('?theme=dark&title=0')).toMatchObject({ classes: ['js', 'no-title'], attrs: { 'data-theme': 'dark' }, replaced: null });
    expect(page('?theme=purple').attrs).toEqual({});
  });

  it('swaps ?static=1 for the static page of the view asked, with islands made inert first', () => {
    expect(page('?static=1')).toMatchObject({ replaced: '/embed/x/static/one/', defined: ['astro-island'], classes: [] });
    expect(page('?static=1&step=2&childId=c').replaced).toBe('/embed/x/static/two/?childId=c');
    expect(page('?static=1&step=two').replaced).toBe('/embed/x/static/two/');
  });

  it('leaves ?lang= alone until the page exists in that language', () => {
    expect(page('?lang=es').replaced).toBeNull();
  });

  it('swaps ?lang= for the embed in that edition, hidden meanwhile, keeping the other options (static included) for it to apply', () => {
    const langs = { en: '/embed/x/', es: '/es/embed/x/' };
    expect(page('?lang=es&step=2&title=0', langs)).toMatchObject({ replaced: '/es/embed/x/?step=2&title=0', defined: ['astro-island'], style: { visibility: 'hidden' }, classes: [] });
    expect(page('?static=1&lang=es', langs).replaced).toBe('/es/embed/x/?static=1');
    expect(page('?lang=en&theme=dark', langs)).toMatchObject({ replaced: null, attrs: { 'data-theme': 'dark' } });
  });

  it('is small', () => {
    expect(gzipSync(headScript(statics, ['one', 'two'], {}, 'en')).length).toBeLessThan(600);
  });
});

describe("the embed page's resize script", () => {
  function embed(search: string) {
    const posted: unknown[] = [];
    const listeners: Record<string, ((e: unknown) => void)[]> = {};
    let observer: (() => void) | undefined;
    let height = 500;
    const parent = { postMessage: (m: unknown) => posted.push(m) };
    const window = { parent, addEventListener: (t: string, f: (e: unknown) => void) => (listeners[t] ??= []).push(f) };
    const document = { documentElement: { getBoundingClientRect: () => ({ height }) } };
    class ResizeObserver { constructor(f: () => void) { observer = f; } observe() {} }
    run(resizeScript('deaths'), { window, document, location: { search }, ResizeObserver });
    return {
      posted,
      resize: (h: number) => { height = h; observer!(); },
      load: () => listeners.load!.forEach((f) => f({})),
      message: (data: unknown, source: unknown = parent) => listeners.message!.forEach((f) => f({ data, source })),
    };
  }

  it('speaks our protocol, Datawrapper, AMP and, with childId, Pym.js, once per height', () => {
    const e = embed('?childId=chart');
    e.load();
    expect(e.posted).toEqual([
      { type: 'smart-borders:height', chart: 'deaths', height: 500 },
      { 'datawrapper-height': { deaths: 500 } },
      { sentinel: 'amp', type: 'embed-size', height: 500 },
      'pymxPYMxchartxPYMxheightxPYMx500',
    ]);
    e.resize(500);
    e.load();
    expect(e.posted).toHaveLength(4);
    e.resize(612.2);
    expect(e.posted).toHaveLength(8);
    expect(e.posted.at(-1)).toBe('pymxPYMxchartxPYMxheightxPYMx613');
  });

  it('answers a ping or a Pym width message from its parent only, and sends no Pym message without childId', () => {
    const e = embed('');
    e.load();
    expect(e.posted).toHaveLength(3);
    e.message({ type: 'smart-borders:ping' }, {});
    expect(e.posted).toHaveLength(3);
    e.message({ type: 'smart-borders:ping' });
    expect(e.posted).toHaveLength(6);
    expect(e.posted.some((m) => typeof m === 'string')).toBe(false);
  });
});

describe('/embed.js', () => {
  const source = readFileSync('public/embed.js', 'utf8');
  function host() {
    const listeners: ((e: unknown) => void)[] = [];
    const frame = (src: string) => ({ src, contentWindow: { postMessage: () => {} }, style: {} as Record<string, string>, attrs: {} as Record<string, string>, setAttribute(k: string, v: string) { this.attrs[k] = v; }, hasAttribute: () => true });
    const frames = [frame('https://site.example/embed/deaths/'), frame('https://other.example/x/')];
    const window: Record<string, unknown> = { addEventListener: (_: string, f: (e: unknown) => void) => listeners.push(f) };
    run(source, { window, document: { getElementsByTagName: () => frames }, location: { href: 'https://news.example/a' } });
    const send = (data: unknown, i: number, origin: string) => listeners.forEach((f) => f({ data, source: frames[i]!.contentWindow, origin }));
    return { frames, send };
  }

  it('resizes only the iframe whose window sent our message, from that iframe’s origin', () => {
    const { frames, send } = host();
    send({ type: 'smart-borders:height', height: 640.4 }, 0, 'https://site.example');
    expect(frames[0]!.style.height).toBe('641px');
    expect(frames[1]!.style.height).toBeUndefined();
    send({ type: 'smart-borders:height', height: 300 }, 0, 'https://evil.example');
    send({ 'datawrapper-height': { x: 300 } }, 0, 'https://site.example');
    send({ type: 'smart-borders:height', height: 'a lot' }, 0, 'https://site.example');
    expect(frames[0]!.style.height).toBe('641px');
  });

  it('is at most 1.5 KB gzip', () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(1536);
  });
});

describe("the charts' *Views wrappers", () => {
  const dir = 'src/components/figure/views';
  const wrappers = readdirSync(dir).filter((f) => f.endsWith('Views.svelte'));

  it('are one per embed chart', () => {
    expect(wrappers).toHaveLength(EMBED_CHARTS.length);
  });

  // A spread would pass them all, but costs every embed Svelte's props proxy: each is named instead.
  it.each(wrappers)('%s passes the chart every prop it declares', (file) => {
    const wrapper = readFileSync(join(dir, file), 'utf8');
    const chartFile = /import Chart from '([^']+)'/.exec(wrapper)![1]!;
    const chart = readFileSync(join(dir, chartFile), 'utf8');
    const declared = /let \{([^}]*)\}(?:: Props)? = \$props\(\)/.exec(chart)![1]!.split(',').map((p) => p.trim().split(/[\s:=]/)[0]!).filter((p) => p && p !== 'step' && p !== 'children');
    const passed = [...wrapper.matchAll(/\s(\w+)=\{chart\.(\w+)\}/g)].map((m) => { expect(m[1]).toBe(m[2]); return m[1]!; });
    expect(declared.length).toBeGreaterThan(3);
    expect(passed.sort()).toEqual(declared.sort());
  });
});

describe("the embed's island loader", () => {
  it("revives Astro's encoding of values, objects and arrays", () => {
    const encoded = { a: [0, 1], b: [1, [[0, 'x'], [0, { c: [0, null], d: [1, []] }]]], e: [0, 'é'] };
    expect(revive([0, encoded])).toEqual({ a: 1, b: ['x', { c: null, d: [] }], e: 'é' });
    expect(revive([0, null])).toBeNull();
  });

  it('lists the kinds a props object uses, so the build refuses any it would not revive', () => {
    expect([...encodedKinds({ a: [0, 1], b: [1, [[0, { c: [3, '2020-01-01'] }]]] })].sort()).toEqual([0, 1, 3]);
  });

  /** Runs the page's loader with `imported` as what import() gives; returns the islands' attributes and the console errors. */
  async function load(imported: () => Promise<unknown>, { swapping = false } = {}) {
    const island: Record<string, string> = {};
    const errors: unknown[] = [];
    const urls: string[] = [];
    const globals = {
      customElements: { get: () => (swapping ? class {} : undefined) },
      document: { querySelectorAll: () => [{ setAttribute: (k: string, v: string) => (island[k] = v) }] },
      console: { error: (...a: unknown[]) => errors.push(a.join(' ')) },
      setTimeout: (f: () => void) => f(),
      Date: { now: () => 7 },
      importer: (u: string) => (urls.push(u), imported()),
    };
    // import() cannot be handed in as a global: the test's stand-in takes its place.
    run(embedLoader('/_astro/embed-x.js').replace(/\bimport\(/g, 'importer('), globals);
    await new Promise((r) => setTimeout(r, 10));
    return { island, errors, urls };
  }

  it('imports the bundle and starts it', async () => {
    let started = 0;
    const r = await load(async () => ({ start: async () => void started++ }));
    expect(started).toBe(1);
    expect(r).toEqual({ island: {}, errors: [], urls: ['/_astro/embed-x.js'] });
  });

  it('retries a bundle that cannot load once, then marks the islands data-fault and says so once', async () => {
    const r = await load(() => Promise.reject(new Error('net')));
    expect(r.urls).toEqual(['/_astro/embed-x.js', '/_astro/embed-x.js?astro-retry=7']);
    expect(r.island).toEqual({ 'data-fault': '' });
    expect(r.errors).toEqual(['[astro-island] Error hydrating /_astro/embed-x.js Error: net']);
  });

  it('marks the islands data-fault when hydrating fails (a props file that cannot load)', async () => {
    const r = await load(async () => ({ start: () => Promise.reject(new Error('/_astro/props/x.json: HTTP 404')) }));
    expect(r.island).toEqual({ 'data-fault': '' });
    expect(r.errors).toEqual(['[astro-island] Error hydrating /_astro/embed-x.js Error: /_astro/props/x.json: HTTP 404']);
  });

  it('loads nothing on a page the head script is swapping for another', async () => {
    expect(await load(async () => ({ start: async () => {} }), { swapping: true })).toEqual({ island: {}, errors: [], urls: [] });
  });

  it('is small', () => {
    expect(gzipSync(embedLoader('/_astro/embed-databases.AbCdEf12.js')).length).toBeLessThan(300);
  });
});
