/**
 * The story's first paint waits for nothing but its HTML and its stylesheet.
 *
 * Its scripts (the language switch's, Astro's island runtime, the cite-this and glossary
 * helpers) and the route map's two shape files (`<use href="/images/shapes/…">`) do nothing
 * for the first screen: the scripts act on clicks, scrolling and islands that hydrate as they
 * come into view, and the route map sits in a sticky graphic that is hidden without JavaScript
 * and is below the first screen with it. Fetched by the parser, they still competed with the
 * stylesheet and the page itself for a phone's first round trips, and Lighthouse's simulated
 * phone counted each of them before the largest paint (about 300 ms of it).
 *
 * So they start right after the first paint is on screen: one inline script (loaderScript below)
 * adds each script as it was (a module stays a module) and gives each `<use>` its `href` back
 * from `data-href`. Without JavaScript nothing changes: no script would run, and the sticky
 * graphic is not shown (its static step figures are).
 */

/** A site script's tag as the build writes it: classic with `defer`, or a module. */
const SCRIPT = /<script(?: type="module")? src="(\/[^"]+\.js)"(?: defer)?><\/script>/g;
const USE = /<use href="(\/images\/shapes\/[^"]+)"/g;

export interface AfterFirstPaint {
  html: string;
  /** The scripts now started after the first paint, in page order: [path, is a module]. */
  scripts: [string, boolean][];
  /** How many `<use>` elements now get their `href` after the first paint. */
  shapes: number;
}

/**
 * The loader. It starts once: in a task after the browser reports the first contentful paint
 * (a `paint` entry: by then the frame is on screen, not only drawn), or after an animation frame
 * where paint entries are not reported, or two seconds after `load` if neither came (a tab opened
 * in the background). Then, once the page is parsed (a first paint can come before the end of a
 * long page on a slow network), it gives each `<use>` its `href` back and adds the scripts, so
 * each finds the whole page, as a deferred script would.
 */
export function loaderScript(scripts: [string, boolean][]): string {
  return (
    '<script>(function(){var done=0,d=document;' +
    "function run(){d.querySelectorAll('use[data-href]').forEach(function(u){u.setAttribute('href',u.getAttribute('data-href'));u.removeAttribute('data-href')});" +
    `${JSON.stringify(scripts)}.forEach(function(s){var e=d.createElement('script');e.src=s[0];if(s[1])e.type='module';d.head.appendChild(e)})}` +
    "function go(){if(done)return;done=1;d.readyState=='loading'?d.addEventListener('DOMContentLoaded',run):run()}" +
    "var P=window.PerformanceObserver;if(P&&(P.supportedEntryTypes||[]).indexOf('paint')>=0)new P(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();setTimeout(go)}}).observe({type:'paint',buffered:true});" +
    "else requestAnimationFrame(function(){setTimeout(go)});addEventListener('load',function(){setTimeout(go,2000)})})()</script>"
  );
}

/**
 * Moves a page's site scripts and shape references after its first paint (see above). The
 * loader goes where the first script was, inside `<head>`; a page with neither is returned as
 * it is. Throws if a script or shape would be left behind in a form this does not know.
 */
export function afterFirstPaint(html: string, page: string): AfterFirstPaint {
  const scripts: [string, boolean][] = [];
  let first = -1;
  let out = html.replace(SCRIPT, (tag, src: string, at: number) => {
    if (first < 0) first = at;
    scripts.push([src, tag.startsWith('<script type="module"')]);
    return '';
  });
  let shapes = 0;
  out = out.replace(USE, (_, href: string) => (shapes++, `<use data-href="${href}"`));
  const left = /<script\b[^>]*\ssrc=/.exec(out);
  if (left) throw new Error(`afterFirstPaint: ${page} has a script tag it cannot move: received ${out.slice(left.index, out.indexOf('>', left.index) + 1)}; expected <script src="/…js" defer> or <script type="module" src="/…js">`);
  if (!scripts.length && !shapes) return { html, scripts, shapes };
  // Where the first script was if it was in the head (nothing before it was removed), otherwise
  // at the end of the head (nothing in the head changes but its scripts).
  const head = out.indexOf('</head>');
  if (head < 0) throw new Error(`afterFirstPaint: ${page} received no </head>; expected a page with a head for the loader`);
  const pos = first >= 0 && first < head ? first : head;
  return { html: out.slice(0, pos) + loaderScript(scripts) + out.slice(pos), scripts, shapes };
}
