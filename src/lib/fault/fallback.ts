/**
 * A chart island that fails leaves the reader what the server rendered. Its chunk or props
 * may not load (offline after the page did, a broken deploy), or it may throw while hydrating
 * or later: either way the figure stays as it was, with its table and, in the story, every
 * step's text, now each followed by the step's own static figure, as with JavaScript off.
 * One console.error names the chart. README.md, "When a chart fails".
 */

/**
 * Marks a failed island `data-fault` (CSS unsticks its graphic and hides its dead controls),
 * unrolls its steps' static figures out of their <noscript> and reports the error: once per
 * island, however many times it fails.
 */
export function showStatic(island: Element, error: unknown) {
  if (island.hasAttribute('data-fault')) return;
  island.setAttribute('data-fault', '');
  island.querySelectorAll('noscript.step-figure-src').forEach((n) => {
    n.insertAdjacentHTML('afterend', n.textContent ?? '');
    n.remove();
  });
  const chart = (island.querySelector('[data-figure]') ?? island.closest('[data-figure]'))?.getAttribute('data-figure');
  console.error(`Chart "${chart}" failed; showing its static figure.`, error);
}

/**
 * The `onerror` of a `<svelte:boundary>` around an island's whole markup. A failing boundary
 * removes what it holds — while hydrating, the server's markup itself; Svelte's hydrate() alone
 * would empty the island and mount again. So, called in the component's script, before its
 * markup hydrates, this keeps references to the island's nodes (the island holding `selector`'s
 * element; nothing is copied) and on an error puts back those the boundary removed, then
 * falls back as above.
 */
export function keepOnFault(selector: string) {
  const island = typeof document === 'undefined' ? null : document.querySelector(selector)?.closest('astro-island');
  const nodes = island ? [...island.childNodes] : [];
  return (error: unknown) => {
    if (!island) return console.error(error);
    let next: Node | null = null;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const n = nodes[i]!;
      if (!n.isConnected) island.insertBefore(n, next?.parentNode === island ? next : null);
      next = n;
    }
    showStatic(island, error);
  };
}
