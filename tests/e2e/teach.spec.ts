/**
 * The classroom edition (issue 12), in one lean spec: /teach/, /teach/key/, /teach/handout/ and
 * /glossary/ are axe clean in light and dark and complete without JavaScript; the key's numbers
 * are the build's computed answers; every glossary link on the story resolves to a <dfn>, and its
 * popover works from the keyboard; the handout prints on 4–8 Letter and A4 pages and the story on
 * at most 30; "Cite this" is on the story, a chart page and every dataset.
 */
import { test, expect, axeViolations, hasHorizontalScroll } from './guard';
import type { Page } from '@playwright/test';
import { computeAnswers } from '../../src/lib/teach/answers';
import { publishedDatasets } from '../../src/lib/data/downloads';

const PAGES = ['/teach/', '/teach/key/', '/teach/handout/', '/glossary/'];
/**
 * Axe also reads one Spanish teaching page and the Spanish glossary (the others share their
 * components), in light: the dark pass reads only colours (guard.ts), the same stylesheet and
 * components as the English pages it reads in dark.
 */
const AXE_PAGES = { light: [...PAGES, '/es/teach/', '/es/glossary/'], dark: PAGES };

/** Pages in a printed PDF: the count of /Type /Page objects (not /Pages). */
async function pdfPages(page: Page, format: 'Letter' | 'A4') {
  const pdf = await page.pdf({ format, printBackground: false, margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

test.describe('teaching pages', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`are axe clean (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const path of AXE_PAGES[colorScheme]) {
        await page.goto(path);
        expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
      }
    });
  }

  test('do not scroll sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of PAGES) {
      await page.goto(path);
      expect(await hasHorizontalScroll(page), path).toBe(false);
    }
  });

  test('are complete without JavaScript: objectives, questions, activities, quiz answers, key, images, QR code', async ({ openPage }) => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto('/teach/');
    const objectives = await page.locator('[data-objective]').count();
    expect(objectives).toBeGreaterThanOrEqual(4);
    expect(objectives).toBeLessThanOrEqual(6);
    expect(await page.locator('[data-activity]').count()).toBeGreaterThanOrEqual(4);
    // Two or three questions per section, each linking to its section of the story.
    const perSection = await page.$$eval('[data-question]', (els) => {
      const n: Record<string, number> = {};
      for (const el of els) {
        const s = (el as HTMLElement).dataset.section!;
        if (el.querySelector(`a[href="/#${s}"]`)) n[s] = (n[s] ?? 0) + 1;
      }
      return n;
    });
    for (const [s, n] of Object.entries(perSection)) expect(n, s).toBeGreaterThanOrEqual(2);
    for (const [s, n] of Object.entries(perSection)) expect(n, s).toBeLessThanOrEqual(3);
    // Every section they link to exists on the story.
    const story = await openPage({ javaScriptEnabled: false });
    await story.goto('/');
    for (const s of Object.keys(perSection)) expect(await story.locator(`section#${s}`).count(), s).toBe(1);
    // The quiz: 8–10 questions, each answer behind a <details> that opens without JavaScript.
    const quiz = page.locator('[data-quiz]');
    const n = await quiz.count();
    expect(n).toBeGreaterThanOrEqual(8);
    expect(n).toBeLessThanOrEqual(10);
    await quiz.first().locator('summary').click();
    await expect(quiz.first().locator('details p')).toBeVisible();
    // The perspectives table has every side.
    for (const side of ['official', 'company', 'auditor', 'researcher', 'critic']) expect(await page.locator(`[data-side="${side}"]`).count(), side).toBeGreaterThan(0);
    // Notice-and-wonder images load.
    for (const img of await page.locator('#before img').all()) expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    // The key: every number is the build's computed answer.
    await page.goto('/teach/key/');
    const answers = computeAnswers();
    const shown = await page.$$eval('[data-answer]', (els) => els.map((e) => [(e as HTMLElement).dataset.answer!, Number((e as HTMLElement).dataset.value), e.textContent!] as const));
    expect(shown.length).toBeGreaterThanOrEqual(20);
    for (const [id, value, text] of shown) {
      expect(value, id).toBe(answers[id as keyof typeof answers].value);
      expect(Number(text.replace(/[,%]/g, '')), id).toBe(value);
    }
    expect(await page.locator('[data-activity]').count()).toBeGreaterThanOrEqual(4);
    await page.goto('/glossary/');
    expect(await page.locator('dl.glossary dfn[id]').count()).toBeGreaterThanOrEqual(20);
    await page.goto('/teach/handout/');
    expect(await page.locator('.qr svg').count()).toBe(1);
    await expect(page.locator('.url').first()).toContainText('http');
  });

  test('the activities\' CSV files and the data page\'s tidy CSVs download, each with a UTF-8 byte-order mark', async ({ page, request }) => {
    const hrefs = new Set<string>();
    await page.goto('/teach/');
    for (const h of await page.$$eval('[data-activity] a[download]', (as) => as.map((a) => a.getAttribute('href')!))) hrefs.add(h);
    await page.goto('/data/');
    for (const h of await page.$$eval('a[data-tidy-csv]', (as) => as.map((a) => a.getAttribute('href')!))) hrefs.add(h);
    expect(hrefs.size).toBeGreaterThan(10);
    for (const href of hrefs) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      expect([...(await res.body()).subarray(0, 3)], href).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  test('every glossary link on the story resolves to a <dfn>, and its popover opens and closes from the keyboard', async ({ page, request }) => {
    await page.goto('/');
    const ids = await page.$$eval('a.gloss', (as) => as.map((a) => a.getAttribute('href')!));
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(new Set(ids).size).toBe(ids.length); // first use only
    const glossary = await (await request.get('/glossary/')).text();
    for (const href of ids) {
      expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
      expect(glossary, href).toContain(`<dfn id="${href.split('#')[1]}"`);
    }
    // No term is linked inside a heading or a figure.
    expect(await page.locator(':is(h1,h2,h3,h4,figure) a.gloss').count()).toBe(0);
    const term = page.locator('a.gloss').first();
    await term.focus();
    await page.keyboard.press('Enter');
    const pop = page.locator('#gloss-pop');
    await expect(pop).toBeVisible();
    await expect(pop).toContainText((await term.textContent())!.slice(0, 3), { ignoreCase: true });
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    // The popover itself, in dark mode (the whole story is checked in light and dark by story.spec.ts).
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, '#gloss-pop'), 'the popover (dark)').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
    await expect(term).toBeFocused();
  });

  test('without JavaScript a glossary link goes to its entry', async ({ openPage }) => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto('/');
    const term = page.locator('a.gloss').first();
    const href = (await term.getAttribute('href'))!;
    await term.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, (c) => `\\${c}`)}$`));
    await expect(page.locator(`dfn#${href.split('#')[1]}`)).toBeVisible();
  });

  test('Cite this: APA, MLA, Chicago, BibTeX and RIS on the story, a chart page and every dataset', async ({ page }) => {
    for (const path of ['/', '/charts/deaths/']) {
      await page.goto(path);
      for (const f of ['apa', 'mla', 'chicago', 'bibtex', 'ris']) await expect(page.locator(`[data-cite="${f}"]`), `${path} ${f}`).toHaveCount(1);
      await expect(page.locator('[data-cite="apa"]')).toContainText('Smart Borders. (');
    }
    await page.goto('/data/');
    expect(await page.locator('[data-cite="bibtex"]').count()).toBe(publishedDatasets().length);
  });

  test('the handout prints on 4–8 pages (Letter and A4), in English and in Spanish, and the story on at most 30', async ({ page }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ media: 'print' });
    for (const path of ['/teach/handout/', '/es/teach/handout/']) {
      await page.goto(path);
      await page.waitForFunction(() => [...document.images].every((i) => i.complete));
      for (const format of ['Letter', 'A4'] as const) {
        const n = await pdfPages(page, format);
        console.log(`${path}: ${n} ${format} pages`);
        expect(n, `${path} ${format}`).toBeGreaterThanOrEqual(4);
        expect(n, `${path} ${format}`).toBeLessThanOrEqual(8);
      }
    }
    await page.goto('/');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.waitForFunction(() => [...document.images].every((i) => i.complete), null, { timeout: 30_000 });
    const story = await pdfPages(page, 'Letter');
    console.log(`story: ${story} Letter pages`);
    expect(story).toBeLessThanOrEqual(30);
  });
});
