/*
 * What the "Embed" panels do (src/components/figure/EmbedPanel.astro), loaded by the layout's
 * inline script the first time a reader opens one, so pages nobody embeds from never download
 * it: Copy buttons (Clipboard API, else the text is selected for the reader to copy), and
 * images, embed code and "link to this view" that follow the view the chart shows (its root's
 * data-state), even as it changes. Plain JavaScript, served as is: no bundler, no preload helper.
 */
(() => {
  const root = (p) => document.querySelector(p.dataset.place === 'page' ? 'main [data-state]' : `[data-scrolly="${p.dataset.embedPanel}"] [data-state]`);
  const viewLink = (p) => {
    if (p.dataset.place === 'page') return location.href;
    const step = document.querySelector(`[data-scrolly="${p.dataset.embedPanel}"] [aria-current="step"][id]`);
    // The edition's prefix: '' for English, '/es' for Spanish.
    const lang = document.documentElement.lang;
    const pre = lang === 'en' ? '' : `/${lang}`;
    return new URL(step ? `${pre}/#${step.id}` : `${pre}/charts/${p.dataset.embedPanel}/`, location.href).href;
  };
  const sync = (p) => {
    const id = p.dataset.embedPanel;
    const state = root(p)?.dataset.state;
    const step = (p.dataset.states || '').split(' ').indexOf(state);
    if (step < 0) return;
    p.querySelectorAll('a[data-image-theme]').forEach((a) => (a.href = `/images/${id}/${state}-${a.dataset.imageTheme}.${a.dataset.imageExt}`));
    const code = p.querySelector('[data-embed-code]');
    code.textContent = code.textContent.replace(new RegExp(`(/embed/${id}/)(\\?step=[^"]*)?"`), step === +p.dataset.defaultStep ? '$1"' : `$1?step=${step + 1}"`);
  };
  document.querySelectorAll('[data-embed-panel]').forEach((p) => {
    sync(p);
    const r = root(p);
    if (r) new MutationObserver(() => sync(p)).observe(r, { attributes: true, attributeFilter: ['data-state'] });
  });
  document.addEventListener('click', async (event) => {
    const button = event.target.closest?.('[data-copy]');
    const p = button?.closest('[data-embed-panel]');
    if (!p) return;
    const status = p.querySelector('[data-copy-status]');
    const code = p.querySelector('[data-embed-code]');
    const isLink = button.dataset.copy === 'link';
    const text = isLink ? viewLink(p) : code.textContent;
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = isLink ? status.dataset.linkCopied : status.dataset.copied;
    } catch {
      // The link is shown in the status line, and selected like the code, for the reader to copy.
      status.textContent = isLink ? text : status.dataset.failed;
      const range = document.createRange();
      range.selectNodeContents(isLink ? status : code);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    }
  });
})();
