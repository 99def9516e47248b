/**
 * `client:fetch-props`: hydrates an island when it scrolls into view, as `client:visible` does,
 * but first fetches the island's props from the file the build moved them to (data-props-src;
 * see islandProps.ts), so a page's HTML does not carry every chart's data. Runs in the browser.
 * When the props or the island's code cannot load (offline after the page loaded, a broken
 * deploy), the island keeps its server-rendered figure and unrolls its steps' static figures
 * (lib/fault/fallback.ts), and the error is reported once, here rather than by Astro.
 */
import { showStatic } from '../lib/fault/fallback';

type Load = () => Promise<() => Promise<void>>;

export default function fetchProps(load: Load, _options: unknown, el: HTMLElement) {
  const src = el.getAttribute('data-props-src');
  // Astro reports a chunk that failed to load with this event (after one retry); the island's
  // own boundary reports a chart that threw through showStatic directly.
  el.addEventListener('astro:hydration-error', (e) => {
    e.preventDefault();
    showStatic(el, (e as CustomEvent<{ error: unknown }>).detail.error);
  });
  const start = async () => {
    if (!src) return (await load())();
    const props = fetch(src).then((r) => {
      if (!r.ok) throw new Error(`${src}: HTTP ${r.status}`);
      return r.text();
    });
    const [text] = await Promise.all([props, load()]);
    // Astro's island re-hydrates whenever its props attribute changes: with the component
    // loaded, setting it is what hydrates.
    el.setAttribute('props', text);
  };
  const io = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    io.disconnect();
    start().catch((error: unknown) => showStatic(el, error));
  });
  for (const child of el.children) io.observe(child);
}
