import { test, expect, axeViolations, hasHorizontalScroll } from './guard';

const url = '/charts/agreements-map/';
const figure = '[data-figure="agreements"]';
const map = '[data-chart="agreements"]';

/** Waits until the island has hydrated (the arcs' pointer targets only exist in the browser). */
async function hydrated(page: import('@playwright/test').Page) {
  await page.locator(map).scrollIntoViewIfNeeded();
  await expect(page.locator(`${map} path.hit`).first()).toBeAttached();
}

test.describe('data-sharing map', () => {
  test('is complete SVG in the HTML with JavaScript disabled, with a table of every record', async ({ openPage, baseURL }) => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(baseURL + url);
    const svg = page.locator(`${figure} svg[role="img"]`).first();
    await expect(svg).toBeVisible();
    await expect(svg.locator('title')).toHaveText(/data-sharing network/);
    expect(await svg.locator('[data-country]').count()).toBeGreaterThanOrEqual(6);
    expect(await svg.locator('g.flow').count()).toBeGreaterThan(10);
    await expect(svg.locator('g.flow.emphasis')).toHaveCount(2);
    await expect(svg.locator('.callout')).toHaveText(/52 stations/);
    await expect(page.locator(`${figure} .switch`)).toBeHidden();
    // Its buttons need JavaScript: the server renders the list (so hydration shifts nothing) and hides it.
    await expect(page.locator(`${figure} .flow-list`)).toBeHidden();
    await expect(page.locator(`${figure} table tbody tr`)).toHaveCount(15);
    await page.context().close();
  });

  test('hydrates when visible; the view switch moves through the five states and announces each', async ({ page }) => {
    await page.goto(url);
    await hydrated(page);
    const root = page.locator(map);
    await expect(root).toHaveAttribute('data-state', 'mexico');
    const states = [
      ['2019', 'wave-2019'],
      ['What flows', 'what-flows'],
      ['Who is covered', 'who-is-covered'],
      ['2025', 'later'],
      ['Mexico, 2013–2018', 'mexico'],
    ] as const;
    for (const [name, id] of states) {
      await page.getByRole('radio', { name, exact: true }).check();
      await expect(root).toHaveAttribute('data-state', id);
      await expect(page.locator(`${map} [aria-live]`)).toContainText(name);
    }
    await page.getByRole('radio', { name: '2025', exact: true }).check();
    await expect(page.locator(`${map} g.flow.emphasis`)).toHaveCount(2);
    await expect(page.locator(`${map} [aria-live]`)).toContainText('letter of intent on biometric data of people in transit');
  });

  test('every drawn flow is reachable by keyboard and shows its details and sources', async ({ page }) => {
    await page.goto(url);
    await hydrated(page);
    await page.getByRole('radio', { name: '2025', exact: true }).check();
    const drawn = await page.locator(`${map} g.flow:not(.hidden)`).count();
    const buttons = page.locator(`${map} .flow-list button`);
    await expect(buttons).toHaveCount(drawn);
    await page.getByRole('radio', { name: '2025', exact: true }).focus();
    const seen = new Set<string>();
    for (let i = 0; i < drawn; i++) {
      await page.keyboard.press('Tab');
      const focused = page.locator(`${map} .flow-list button:focus`);
      await expect(focused).toHaveAttribute('aria-pressed', 'true');
      const tip = page.getByRole('tooltip');
      await expect(tip).toContainText('Sources:');
      await expect(focused).toHaveAttribute('aria-describedby', await tip.getAttribute('id') as string);
      seen.add((await focused.textContent()) ?? '');
    }
    expect(seen.size).toBe(drawn);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip')).toHaveCount(0);
  });

  test('the Guatemala exchange says only foreigners’ data is covered, and highlights its arc', async ({ page }) => {
    await page.goto(url);
    await hydrated(page);
    await page.getByRole('radio', { name: 'Who is covered', exact: true }).check();
    await page.getByRole('button', { name: /Guatemala ⇄ United States/ }).focus();
    await expect(page.getByRole('tooltip')).toContainText('Only foreigners in Guatemala');
    await expect(page.locator(`${map} g.flow.on`)).toHaveAttribute('data-flow', 'usa-gtm-biometrics-2019-08:GTM-USA');
  });

  test('hovering an arc shows its card, and leaving it hides the card', async ({ page }) => {
    await page.goto(url);
    await hydrated(page);
    // Pointer events hit the arc's stroke only: move to a point on the curve itself.
    const point = await page.locator(`${map} g.flow.emphasis .hit`).first().evaluate((el) => {
      const path = el as SVGPathElement;
      const p = path.getPointAtLength(path.getTotalLength() / 2);
      const m = path.getScreenCTM()!;
      return { x: p.x * m.a + m.e, y: p.y * m.d + m.f };
    });
    await page.mouse.move(point.x, point.y);
    await expect(page.getByRole('tooltip')).toContainText(/Mexico/);
    await page.mouse.move(0, 0);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has zero axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      await hydrated(page);
      await page.locator(`${figure} details summary`).click();
      await page.getByRole('radio', { name: '2019', exact: true }).check();
      await page.locator(`${map} .flow-list button`).first().focus();
      await expect(page.getByRole('tooltip')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('does not scroll sideways at 320 px, and its labels stay at least 9 px tall', async ({ openPage, baseURL }) => {
    const page = await openPage({ viewport: { width: 320, height: 800 } });
    await page.goto(baseURL + url);
    await page.locator(`${figure} details summary`).click();
    expect(await hasHorizontalScroll(page)).toBe(false);
    const heights = await page.locator(`${map} svg text.country`).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(9);
    await page.close();
  });

  test('every country name sits wholly inside the map, in every view', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(url);
    await hydrated(page);
    const radios = page.locator(`${map} .switch input`);
    for (let i = 0; i < (await radios.count()); i++) {
      await radios.nth(i).check();
      const outside = await page.locator(`${map} svg[role="img"]`).evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text.country')].filter((t) => {
          const r = t.getBoundingClientRect();
          return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
        }).map((t) => t.textContent);
      });
      expect(outside, `labels outside the map in view ${i}`).toEqual([]);
    }
  });
});
