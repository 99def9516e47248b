import { describe, expect, it } from 'vitest';
import { afterFirstPaint, loaderScript } from '../../src/lib/build/afterFirstPaint';

const page = '<html><head><title>t</title><script src="/a.js" defer></script><script>inline()</script><link rel="stylesheet" href="/s.css"></head>'
  + '<body><svg><use href="/images/shapes/land.svg#land"></use><use href="#local"></use></svg><script src="/_astro/islands.x.js" defer></script>'
  + '<p>x</p><script type="module" src="/_astro/Cite.y.js"></script><script type="application/ld+json">{}</script></body></html>';

describe('afterFirstPaint', () => {
  const out = afterFirstPaint(page, '/');

  it('takes every site script out of the page, in page order, keeping modules modules', () => {
    expect(out.scripts).toEqual([['/a.js', false], ['/_astro/islands.x.js', false], ['/_astro/Cite.y.js', true]]);
    expect(out.html).not.toMatch(/<script[^>]*\ssrc=/);
    // Inline scripts and data blocks stay where they were.
    expect(out.html).toContain('<script>inline()</script>');
    expect(out.html).toContain('<script type="application/ld+json">{}</script>');
  });

  it('puts one loader where the first script was, in the head, naming the scripts', () => {
    const loader = loaderScript(out.scripts);
    expect(out.html).toBe(
      `<html><head><title>t</title>${loader}<script>inline()</script><link rel="stylesheet" href="/s.css"></head>`
      + '<body><svg><use data-href="/images/shapes/land.svg#land"></use><use href="#local"></use></svg>'
      + '<p>x</p><script type="application/ld+json">{}</script></body></html>',
    );
    expect(out.shapes).toBe(1);
    expect(loader).toContain('[["/a.js",false],["/_astro/islands.x.js",false],["/_astro/Cite.y.js",true]]');
  });

  it('puts the loader at the end of the head when the first script is in the body', () => {
    const html = '<html><head><title>t</title></head><body><use href="/images/shapes/a.svg#a"></use><script type="module" src="/m.js"></script></body></html>';
    const moved = afterFirstPaint(html, '/p/');
    expect(moved.html).toBe(`<html><head><title>t</title>${loaderScript([['/m.js', true]])}</head><body><use data-href="/images/shapes/a.svg#a"></use></body></html>`);
  });

  it('leaves a page with no site script and no shape file as it is', () => {
    const html = '<html><head></head><body><script>x()</script><use href="#a"></use></body></html>';
    expect(afterFirstPaint(html, '/p/')).toEqual({ html, scripts: [], shapes: 0 });
  });

  it('fails, naming the page and the tag, on a script tag in a form it does not know', () => {
    expect(() => afterFirstPaint('<html><head><script async src="/x.js"></script></head><body></body></html>', '/es/'))
      .toThrow('afterFirstPaint: /es/ has a script tag it cannot move: received <script async src="/x.js">; expected <script src="/…js" defer> or <script type="module" src="/…js">');
  });

  it('fails on a page without a head for the loader', () => {
    expect(() => afterFirstPaint('<body><script src="/x.js" defer></script></body>', '/x/')).toThrow('afterFirstPaint: /x/ received no </head>');
  });
});

describe('loaderScript, run in a page', () => {
  /** Runs the loader against a small fake document and window; returns what it added and when. */
  function run(opts: { paint: boolean; readyState: 'loading' | 'interactive' }) {
    const added: string[] = [];
    const listeners: Record<string, (() => void)[]> = {};
    const timers: (() => void)[] = [];
    const frames: (() => void)[] = [];
    let observer: ((list: { getEntriesByName: (n: string) => unknown[] }, o: { disconnect: () => void }) => void) | null = null;
    const use = { attrs: { 'data-href': '/images/shapes/a.svg#a' } as Record<string, string>, setAttribute(k: string, v: string) { this.attrs[k] = v; }, getAttribute(k: string) { return this.attrs[k]; }, removeAttribute(k: string) { delete this.attrs[k]; } };
    const d = {
      readyState: opts.readyState,
      querySelectorAll: (sel: string) => (sel === 'use[data-href]' && 'data-href' in use.attrs ? [use] : []),
      createElement: () => ({ src: '', type: '' }),
      head: { appendChild: (e: { src: string; type: string }) => added.push(`${e.src}${e.type ? ` (${e.type})` : ''}`) },
      addEventListener: (t: string, f: () => void) => (listeners[t] ??= []).push(f),
    };
    class P {
      static supportedEntryTypes = opts.paint ? ['paint'] : [];
      constructor(f: typeof observer) { observer = f; }
      observe() {}
    }
    const w = {
      document: d, PerformanceObserver: P,
      requestAnimationFrame: (f: () => void) => frames.push(f),
      setTimeout: (f: () => void) => timers.push(f),
      addEventListener: (t: string, f: () => void) => (listeners[t] ??= []).push(f),
    };
    const code = loaderScript([['/a.js', false], ['/m.js', true]]).replace(/^<script>|<\/script>$/g, '');
    new Function('window', 'document', 'requestAnimationFrame', 'setTimeout', 'addEventListener', code)(w, d, w.requestAnimationFrame, w.setTimeout, w.addEventListener);
    return { added, use, listeners, timers, frames, paint: (names: string[]) => observer!({ getEntriesByName: (n) => names.filter((x) => x === n) }, { disconnect() {} }) };
  }

  it('adds nothing before the first contentful paint, then the shapes and scripts once, after it', () => {
    const r = run({ paint: true, readyState: 'interactive' });
    expect(r.added).toEqual([]);
    r.paint(['first-paint']);
    expect(r.timers).toHaveLength(0);
    r.paint(['first-contentful-paint']);
    r.timers.shift()!();
    expect(r.added).toEqual(['/a.js', '/m.js (module)']);
    expect(r.use.attrs).toEqual({ href: '/images/shapes/a.svg#a' });
    // The load fallback later does nothing more.
    r.listeners.load![0]!();
    r.timers.shift()!();
    expect(r.added).toHaveLength(2);
  });

  it('waits for the page to be parsed before adding scripts', () => {
    const r = run({ paint: true, readyState: 'loading' });
    r.paint(['first-contentful-paint']);
    r.timers.shift()!();
    expect(r.added).toEqual([]);
    r.listeners.DOMContentLoaded![0]!();
    expect(r.added).toEqual(['/a.js', '/m.js (module)']);
  });

  it('falls back to an animation frame where paint entries are not reported', () => {
    const r = run({ paint: false, readyState: 'interactive' });
    expect(r.frames).toHaveLength(1);
    r.frames[0]!();
    expect(r.added).toEqual([]);
    r.timers.shift()!();
    expect(r.added).toEqual(['/a.js', '/m.js (module)']);
  });

  it('starts two seconds after load if no paint came (a background tab)', () => {
    const r = run({ paint: true, readyState: 'interactive' });
    r.listeners.load![0]!();
    expect(r.added).toEqual([]);
    r.timers.shift()!();
    expect(r.added).toEqual(['/a.js', '/m.js (module)']);
  });
});
