import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { CHART_STATES } from '../../src/lib/charts/registry';
import { scrollToStep } from './scrolly';

/**
 * What an editor checks in every view before publishing: no two visible text labels overlap,
 * and no text leaves the box it is written in (a node of the tools diagram, a card). Walks every
 * view of every chart through the story's sticky graphic, one page per width.
 */
interface Problem {
  kind: 'overlap' | 'overflow';
  a: string;
  b: string;
}

async function labelProblems(page: Page, chart: string): Promise<Problem[]> {
  return page.locator(`[data-scrolly="${chart}"] .scrolly-graphic`).evaluate((root) => {
    const shown = (el: Element) => {
      let opacity = 1;
      for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden') return false;
        opacity *= Number(cs.opacity);
      }
      return opacity > 0.05;
    };
    const name = (el: Element) => `${el.getAttribute('class') ?? el.tagName} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    // Labels: SVG text (not its tspans) and the HTML labels laid over a map. Each counts only
    // inside its plot's visible box (a zoomed map clips what falls outside).
    const labels = [...root.querySelectorAll('svg text, .labels .label')]
      .filter((el) => (el.textContent ?? '').trim() && shown(el))
      .map((el) => {
        const r = el.getBoundingClientRect();
        const clip = el.closest('.plot')?.getBoundingClientRect();
        return { el, r, clip };
      })
      .filter(({ r, clip }) => r.width > 0 && r.height > 0 && (!clip || (r.right > clip.left && r.left < clip.right && r.bottom > clip.top && r.top < clip.bottom)));
    const problems: { kind: 'overlap' | 'overflow'; a: string; b: string }[] = [];
    const slack = 2; // px: glyph boxes include some leading
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!.r, b = labels[j]!.r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > slack && h > slack) problems.push({ kind: 'overlap', a: name(labels[i]!.el), b: name(labels[j]!.el) });
      }
    }
    // Boxes: an SVG group drawn as a rect with text on it; its text must stay inside the rect.
    for (const g of root.querySelectorAll('svg g')) {
      const rect = g.firstElementChild;
      if (rect?.tagName !== 'rect' || !shown(g)) continue;
      const box = rect.getBoundingClientRect();
      if (box.height < 12) continue; // a bar or hub under a name, not a box around text
      for (const text of g.querySelectorAll(':scope > text')) {
        const r = text.getBoundingClientRect();
        if (!shown(text) || !r.width) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) problems.push({ kind: 'overflow', a: name(text), b: name(g) });
      }
    }
    return problems;
  });
}

// One page per width walks every chart (a story load per chart and width cost more than the walk).
for (const width of [320, 1280]) {
  test(`at ${width} px, in every view of every chart no two labels overlap and no text leaves its box`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: width < 600 ? 720 : 900 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const found: string[] = [];
    for (const [chart, states] of Object.entries(CHART_STATES)) {
      // Sections far off screen are laid out at a placeholder height (content-visibility): bring
      // this one into view first, so the steps' positions are real when we scroll to them.
      await page.locator(`[data-scrolly="${chart}"]`).evaluate((el) => el.closest('section')!.scrollIntoView());
      await page.waitForTimeout(300);
      for (let i = 0; i < states.length; i++) {
        await scrollToStep(page, chart, i);
        await expect(page.locator(`[data-scrolly="${chart}"]`), chart).toHaveAttribute('data-active-step', String(i));
        await page.waitForTimeout(250);
        for (const p of await labelProblems(page, chart)) found.push(`${chart}, view ${i} (${states[i]!.id}): ${p.kind} ${p.a} × ${p.b}`);
      }
    }
    expect(found).toEqual([]);
  });
}
