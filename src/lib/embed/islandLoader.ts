/**
 * The island loader of the embed pages: Astro's own `<astro-island>` element (the inline script
 * Astro writes into every page with an island, 1.8 KB gzip) cut down to what an embed's one
 * island uses, 0.9 KB gzip. src/integrations/embedBundles.ts puts it in place of Astro's on every
 * embed page, so the embeds stay within issue 11's 25 KB of JavaScript.
 *
 * What it keeps, as Astro's does it: props revived from Astro's `[type, value]` encoding (every
 * type); the island's client directive (`client:visible`, `client:fetch-props`), waited for when
 * its script comes later; the component and renderer imported, each retried once a second later
 * (`astro-retry`); the `ssr` attribute removed and `astro:hydrate` sent once hydrated; a new
 * `props` attribute hydrates (client:fetch-props sets it); a failure sends the cancelable
 * `astro:hydration-error` and, unless cancelled, logs "[astro-island] Error hydrating <url>".
 * What it leaves out, as an embed has none of them: slots and templates, islands nested in
 * islands, dotted export paths, `before-hydration-url`, client-side navigation (`astro:after-swap`);
 * and it starts when the document is parsed instead of watching for `<!--astro:end-->`.
 * Written by hand for size, as the embed's other inline scripts (childScripts.ts).
 */
export const EMBED_ISLAND_LOADER =
  '((w,d)=>{' +
  // Astro's prop encoding: [type, value].
  'var R={0:t=>y(t),1:t=>c(t),2:t=>new RegExp(t),3:t=>new Date(t),4:t=>new Map(c(t)),5:t=>new Set(c(t)),6:BigInt,7:t=>new URL(t),8:t=>new Uint8Array(t),9:t=>new Uint16Array(t),10:t=>new Uint32Array(t),11:t=>Infinity*t},' +
  'v=([k,t])=>k in R?R[k](t):void 0,c=t=>t.map(v),' +
  'y=t=>typeof t!="object"||t===null?t:Object.fromEntries(Object.entries(t).map(([k,e])=>[k,v(e)])),' +
  // import(), once more a second later with a fresh URL.
  'I=u=>import(u).catch(()=>new Promise(r=>setTimeout(r,1e3)).then(()=>{var x=new URL(u,d.baseURI);x.searchParams.set("astro-retry",Date.now());return import(x+"")}));' +
  'customElements.get("astro-island")||customElements.define("astro-island",class extends HTMLElement{' +
  'static get observedAttributes(){return["props"]}' +
  'connectedCallback(){d.readyState=="loading"?d.addEventListener("DOMContentLoaded",()=>this.s(),{once:!0}):this.s()}' +
  's(){var t=this,k=t.getAttribute("client"),e=t.lastChild,A=w.Astro||{};' +
  'if(e&&e.nodeType==8&&e.nodeValue=="astro:end")e.remove();' +
  'if(!A[k])return w.addEventListener("astro:"+k,()=>t.s(),{once:!0});' +
  'try{A[k](()=>Promise.all([I(t.getAttribute("component-url")),I(t.getAttribute("renderer-url"))]).then(([m,r])=>{t.C=m[t.getAttribute("component-export")||"default"];t.H=r.default;return()=>t.h()},e=>(t.f(e),()=>{})),JSON.parse(t.getAttribute("opts")),t)}catch(e){t.f(e)}}' +
  'async h(){var t=this;if(!t.H||!t.isConnected)return;await t.H(t)(t.C,t.hasAttribute("props")?y(JSON.parse(t.getAttribute("props"))):{},{},{client:t.getAttribute("client")});t.removeAttribute("ssr");t.dispatchEvent(new CustomEvent("astro:hydrate"))}' +
  'f(e){var u=this.getAttribute("component-url");this.dispatchEvent(new CustomEvent("astro:hydration-error",{cancelable:!0,bubbles:!0,composed:!0,detail:{error:e,componentUrl:u}}))&&console.error("[astro-island] Error hydrating "+u,e)}' +
  'attributeChangedCallback(){this.h()}' +
  '})})(window,document)';

/** Whether an inline script is Astro's island loader (what EMBED_ISLAND_LOADER replaces). */
export const isAstroIslandLoader = (script: string) => /customElements\.define\("astro-island"/.test(script) && script !== EMBED_ISLAND_LOADER;
