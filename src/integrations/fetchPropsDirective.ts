/**
 * `client:fetch-props`: hydrates an island when it scrolls into view, as `client:visible` does,
 * but first fetches the island's props from the file the build moved them to (data-props-src;
 * see islandProps.ts), so a page's HTML does not carry every chart's data. Runs in the browser.
 */
type Load = () => Promise<() => Promise<void>>;

/**
 * A story island whose props or code cannot load (offline after the page loaded, a broken
 * deploy), or whose chart threw (Scrolly.svelte puts back the server's markup, then reports
 * here): it is marked data-fault (story.css unsticks its graphic), its steps' static figures
 * come out of their <noscript>, as with JavaScript off, and one console.error names the chart.
 * Once per island, however many times it fails.
 */
function showStatic(island: HTMLElement, error: unknown) {
  if (island.hasAttribute('data-fault')) return;
  island.setAttribute('data-fault', '');
  island.querySelectorAll('noscript.step-figure-src').forEach((n) => {
    n.insertAdjacentHTML('afterend', n.textContent ?? '');
    n.remove();
  });
  console.error(`Chart "${island.querySelector('[data-scrolly]')?.getAttribute('data-scrolly')}" failed; showing its static figure.`, error);
}

export default function fetchProps(load: Load, _options: unknown, el: HTMLElement) {
  const src = el.getAttribute('data-props-src');
  // Astro's event for an island whose chunk failed to load (it tries once more first); a chart
  // that throws sends it too. Handled here, so Astro does not report it a second time.
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
