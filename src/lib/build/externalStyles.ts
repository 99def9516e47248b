/**
 * Moves a page's stylesheets out of its HTML: every `<style>` in `<head>` without attributes
 * (a `media` or other attribute keeps its element) is joined, in order, into one CSS text, and
 * the first is replaced by a `<link rel="stylesheet">` to `href(css)`; `<style>`s in the body stay.
 * Used for the story (src/integrations/storyStyles.ts). Returns null when the head has none.
 */
export function externalStyles(html: string, href: (css: string) => string): { html: string; css: string } | null {
  const head = html.indexOf('</head>');
  if (head < 0) return null;
  const styles = [...html.slice(0, head).matchAll(/<style>([\s\S]*?)<\/style>/g)];
  if (!styles.length) return null;
  const css = styles.map((m) => m[1]!).join('\n');
  let out = '';
  let at = 0;
  styles.forEach((m, i) => {
    out += html.slice(at, m.index) + (i === 0 ? `<link rel="stylesheet" href="${href(css)}">` : '');
    at = m.index! + m[0].length;
  });
  return { html: out + html.slice(at), css };
}
