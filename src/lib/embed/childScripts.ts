/**
 * The embed page's two inline scripts, as strings so a unit test can run them and their
 * size is visible here. Both are written by hand for size (no bundler touches inline scripts).
 */

/**
 * Runs first, in <head>, before anything else loads: applies the query options a static
 * site cannot apply on the server. A `?lang=` naming another edition of this embed
 * (`/embed/<id>/?lang=es` → `/es/embed/<id>/`, keeping every other option, `?static=1` included,
 * for that page to apply), else `?static=1`, swaps to the pre-rendered page with `location.replace`,
 * after hiding this document (no flash of the other language or state while the next page
 * loads; the host sees a blank frame of the same size for that moment) and defining
 * `astro-island` as an inert element so that no island of this page hydrates or fetches a
 * script meanwhile; the static page itself carries no script at all. `?theme=light|dark`
 * forces a theme; `?title=0` hides the title.
 *
 * @param statics static page path by state id, the first being the default state
 * @param langs embed path by language, for `?lang=` (only editions that exist)
 * @param lang this page's language
 */
export function headScript(statics: Record<string, string>, states: string[], langs: Record<string, string>, lang: string): string {
  return `(function(d,l){var q=new URLSearchParams(l.search),h=d.documentElement,t=q.get('theme'),s=q.get('step'),S=${JSON.stringify(states)},P=${JSON.stringify(statics)},L=${JSON.stringify(langs)},g=q.get('lang'),u;` +
    `if(g&&g!==${JSON.stringify(lang)}&&L[g])u=L[g];` +
    `else if(q.get('static')==='1'){var i=S.indexOf(s);if(i<0&&/^\\d+$/.test(s||''))i=+s-1;u=P[S[i]]||P[S[0]];q.delete('static');q.delete('step')}` +
    `if(u){q.delete('lang');u+=(q+'')?'?'+q:'';u+=l.hash;h.style.visibility='hidden';customElements.define('astro-island',class extends HTMLElement{});l.replace(u);return}` +
    `h.classList.add('js');if(t==='light'||t==='dark')h.setAttribute('data-theme',t);if(q.get('title')==='0')h.classList.add('no-title')})(document,location)`;
}

/**
 * Tells the host page the embed's height, on load and whenever it changes (ResizeObserver on
 * the document; the height is content-sized, so the host resizing the iframe never feeds back).
 * Speaks every protocol at once: Pym.js when the URL carries childId, Datawrapper's
 * {"datawrapper-height": {id: h}}, AMP's embed-size, and our own message for /embed.js, which
 * also asks again ("smart-borders:ping") when it loads after the iframe did.
 */
export function resizeScript(chart: string): string {
  return `(function(w,d){var p=w.parent,c=${JSON.stringify(chart)},k=new URLSearchParams(location.search).get('childId'),n=0;if(p===w)return;` +
    `function f(x){var h=Math.ceil(d.documentElement.getBoundingClientRect().height);if(!x&&h===n)return;n=h;var o={};o[c]=h;` +
    `p.postMessage({type:'smart-borders:height',chart:c,height:h},'*');p.postMessage({'datawrapper-height':o},'*');` +
    `p.postMessage({sentinel:'amp',type:'embed-size',height:h},'*');if(k)p.postMessage('pymxPYMx'+k+'xPYMxheightxPYMx'+h,'*')}` +
    `new ResizeObserver(function(){f()}).observe(d.documentElement);w.addEventListener('load',function(){f()});` +
    `w.addEventListener('message',function(e){if(e.source!==p)return;var m=e.data;if(m&&m.type==='smart-borders:ping'||typeof m==='string'&&k&&m.indexOf('pymxPYMx'+k+'xPYMxwidth')===0)f(1)})})(window,document)`;
}
