/* The story's language switch keeps the reader's place (#section or #step, the same ids in both editions): see src/layouts/Base.astro. */
(() => {
  const link = document.querySelector('a[data-lang-switch]');
  if (!link) return;
  const places = document.querySelectorAll('.story-section[id], .step[id]');
  let hash = location.hash;
  const update = () => {
    const line = innerHeight * (innerWidth < 960 ? 0.7 : 0.5);
    for (const el of places) if (el.getBoundingClientRect().top <= line) hash = `#${el.id}`;
    link.hash = hash;
  };
  let timer = 0;
  addEventListener('scroll', () => { timer ||= setTimeout(() => { timer = 0; update(); }, 100); }, { passive: true });
  addEventListener('hashchange', () => { hash = location.hash; link.hash = hash; });
  link.addEventListener('pointerdown', update);
  link.addEventListener('focus', update);
  update();
})();
