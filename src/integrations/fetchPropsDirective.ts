/**
 * `client:fetch-props`: hydrates an island when it scrolls into view, as `client:visible` does,
 * but first fetches the island's props from the file the build moved them to (data-props-src;
 * see islandProps.ts), so a page's HTML does not carry every chart's data. Runs in the browser.
 */
type Load = () => Promise<() => Promise<void>>;

export default function fetchProps(load: Load, _options: unknown, el: HTMLElement) {
  const src = el.getAttribute('data-props-src');
  const start = async () => {
    if (!src) return (await load())();
    const [text] = await Promise.all([fetch(src).then((r) => r.text()), load()]);
    // Astro's island re-hydrates whenever its props attribute changes: with the component
    // loaded, setting it is what hydrates.
    el.setAttribute('props', text);
  };
  const io = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    io.disconnect();
    void start();
  });
  for (const child of el.children) io.observe(child);
}
