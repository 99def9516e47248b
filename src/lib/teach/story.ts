/** The story's sections as the teaching pages need them: id, title, summary, and the takeaways box. */
import { getCollection } from 'astro:content';
import { splitSection } from '../story/sections';

export async function storySections(lang = 'en') {
  const entries = (await getCollection('story', (e) => e.id.startsWith(`${lang}/`))).sort((a, b) => a.data.order - b.data.order);
  return entries.map((e) => ({ id: e.data.id as string, title: e.data.title as string, summary: e.data.summary as string | undefined, heading: e.data.heading !== false, parts: splitSection(e.body ?? '', `src/content/${e.id}.md`) }));
}

/** The story's "Key takeaways" box (Markdown), for the handout. */
export async function takeawaysMarkdown(lang = 'en'): Promise<string> {
  for (const s of await storySections(lang)) for (const p of s.parts) if (p.kind === 'box' && p.box === 'takeaways') return p.markdown;
  throw new Error('src/content: no takeaways box found; expected <!-- box: takeaways --> in the lede.');
}
