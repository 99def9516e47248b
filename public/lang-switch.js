/* The story's language switch keeps the reader's place (#section or #step, the same ids in both editions): see src/layouts/Base.astro.
   Nothing is measured on load: sections render lazily (content-visibility: auto), and reading a step's position inside a section
   that is not rendered makes the browser lay that section out. So the sections' own boxes are read (cheap: their size is known
   without their content), and then only the steps of the section the reader is in, which is on screen and laid out already. */
(() => {
  const link = document.querySelector('a[data-lang-switch]');
  if (!link) return;
  const sections = document.querySelectorAll('.story-section[id]');
  let hash = location.hash;
  link.hash = hash;
  const update = () => {
    const line = innerHeight * (innerWidth < 960 ? 0.7 : 0.5);
    let at = null;
    for (const s of sections) {
      if (s.getBoundingClientRect().top > line) break;
      at = s;
    }
    if (at) {
      hash = `#${at.id}`;
      for (const step of at.querySelectorAll('.step[id]')) {
        if (step.getBoundingClientRect().top > line) break;
        hash = `#${step.id}`;
      }
    }
    link.hash = hash;
  };
  let timer = 0;
  addEventListener('scroll', () => { timer ||= setTimeout(() => { timer = 0; update(); }, 100); }, { passive: true });
  addEventListener('hashchange', () => { hash = location.hash; link.hash = hash; });
  link.addEventListener('pointerdown', update);
  link.addEventListener('focus', update);
})();
