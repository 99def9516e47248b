/**
 * How an embed page's chart hydrates: the part of Astro's `<astro-island>` loader and Svelte
 * renderer an embed uses, bundled into the embed's one script (src/integrations/embedBundles.ts).
 * Astro writes into every page with an island an inline loader of 1.8 KB gzip (a custom element
 * that runs client directives, imports the component and its renderer, revives the props and
 * handles slots, nested islands and client-side navigation) and one script per client directive.
 * An embed page has one island, no navigation, and shows its chart from the first screen: so its
 * page carries instead a one-line script (`embedLoader`) that imports the bundle, which hydrates
 * the island here. 1.2 KB gzip less on every embed, for issue 11's 25 KB budget.
 *
 * What stays as Astro does it: the props, revived from Astro's `[type, value]` encoding, or for a
 * `client:fetch-props` island (the maps) fetched from its `data-props-src` file first; `ssr`
 * removed and `astro:hydrate` sent once hydrated; slots passed as Astro's renderer passes them;
 * the import retried once, a second later; a failure logged as "[astro-island] Error hydrating <url>". Also as the site's layout does: the
 * island of a chart that cannot load or hydrate is marked `data-fault`, which hides its view buttons.
 * What changes: the chart hydrates as soon as the page is parsed, not when it scrolls into view
 * (an embed's iframe is itself loaded lazily, and its chart is its first screen).
 */
import { createRawSnippet, hydrate, type Component } from 'svelte';

type Encoded = [number, unknown];

/**
 * One value of Astro's island props encoding (astro/runtime/server/serialize): `[0, value]` a
 * plain value or object (each property encoded in turn), `[1, [...]]` an array. Astro has more
 * kinds (Date, Map, Set, URL, RegExp, BigInt, typed arrays, Infinity); the charts' props use none,
 * and the build fails if an embed's props ever do (`encodedKinds`, in embedBundles.ts).
 */
export function revive([kind, value]: Encoded): unknown {
  if (kind === 1) return (value as Encoded[]).map(revive);
  return typeof value !== 'object' || value === null ? value : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v as Encoded)]));
}

/** The kinds of Astro's encoding used in `props` (a props object as Astro writes it), to hold them to what `revive` reads. */
export function encodedKinds(props: Record<string, Encoded>): Set<number> {
  const kinds = new Set<number>();
  const walk = ([kind, value]: Encoded) => {
    kinds.add(kind);
    if (kind === 1) (value as Encoded[]).forEach(walk);
    else if (kind === 0 && typeof value === 'object' && value !== null) Object.values(value as Record<string, Encoded>).forEach(walk);
  };
  Object.values(props).forEach(walk);
  return kinds;
}

/** The island's props: from its `data-props-src` file if it has one, else its `props` attribute. */
async function propsOf(island: Element): Promise<Record<string, unknown>> {
  const src = island.getAttribute('data-props-src');
  let text = island.getAttribute('props') ?? '{}';
  if (src) {
    const response = await fetch(src);
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    text = await response.text();
  }
  return revive([0, JSON.parse(text)]) as Record<string, unknown>;
}

/**
 * The island's slots as Astro's Svelte renderer passes them: each `<astro-slot>` of this island
 * (the route map's server-drawn land) as a raw snippet that renders it again, `children` for the
 * default slot, and `$$slots`. Bundled only for a chart whose embed has slots (embedBundles.ts).
 */
export function slotProps(island: Element): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  const slots: Record<string, unknown> = {};
  for (const slot of island.querySelectorAll('astro-slot')) {
    if (slot.closest('astro-island') !== island) continue;
    const name = slot.getAttribute('name') ?? 'default';
    const html = slot.innerHTML;
    const snippet = createRawSnippet(() => ({ render: () => `<astro-slot${name === 'default' ? '' : ` name="${name}"`}>${html}</astro-slot>` }));
    props[name === 'default' ? 'children' : name] = snippet;
    slots[name] = name === 'default' ? true : snippet;
  }
  return Object.keys(slots).length ? { ...props, $$slots: slots } : {};
}

/**
 * Hydrates every server-rendered island of the page with `component`, once the page is parsed;
 * with `slots` (slotProps) when the island has slots.
 */
export async function hydrateIslands(component: Component<Record<string, unknown>>, slots?: typeof slotProps): Promise<void> {
  if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  await Promise.all(
    [...document.querySelectorAll('astro-island[ssr]')].map(async (island) => {
      const props = await propsOf(island);
      // Astro's end marker, which its loader removes before hydrating.
      const last = island.lastChild;
      if (last?.nodeType === Node.COMMENT_NODE && (last as Comment).data === 'astro:end') last.remove();
      hydrate(component, { target: island, props: slots ? { ...props, ...slots(island) } : props });
      island.removeAttribute('ssr');
      island.dispatchEvent(new CustomEvent('astro:hydrate'));
    }),
  );
}

/**
 * The embed page's inline script, in place of Astro's island loader and directives: imports the
 * bundle at `url` (once more a second later, as Astro retries) and hydrates; on failure marks
 * every island `data-fault` and says so once. It does nothing on a page the head script is
 * swapping for another (`?static=1`, `?lang=`), which defines `astro-island` as inert first.
 * Written by hand for size, as the embed's other inline scripts (childScripts.ts).
 */
export function embedLoader(url: string): string {
  return `(function(u,d){if(customElements.get('astro-island'))return;` +
    `import(u).catch(function(){return new Promise(function(r){setTimeout(r,1e3)}).then(function(){return import(u+'?astro-retry='+Date.now())})})` +
    `.then(function(m){return m.start()}).catch(function(e){d.querySelectorAll('astro-island').forEach(function(i){i.setAttribute('data-fault','')});console.error('[astro-island] Error hydrating '+u,e)})` +
    `})(${JSON.stringify(url)},document)`;
}
