import { test, expect, axeViolations, hasHorizontalScroll } from './guard';
import { CATALOG } from '../../src/lib/data/catalogEntries';
import { datasetCsv, datasetJson } from '../../src/lib/data/downloads';

const published = CATALOG.filter((d) => !d.withheld);
const TYPES = { json: 'application/json', csv: 'text/csv', meta: 'application/json' } as const;

test.describe('the data page', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has zero axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/data/');
      await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('lists every dataset in the catalog with its download links and a citation', async ({ page }) => {
    await page.goto('/data/');
    for (const d of CATALOG) {
      const row = page.locator(`tr[data-dataset="${d.id}"]`);
      await expect(row.getByRole('rowheader')).toHaveText(d.title);
      if (d.withheld) await expect(row).toContainText(d.withheld.reason);
      else await expect(row.locator('a[data-download]')).toHaveCount(3);
    }
    await expect(page.locator('li[data-citation]')).toHaveCount(published.length);
  });

  test('does not scroll sideways at 320 px', async ({ openPage, baseURL }) => {
    const page = await openPage({ viewport: { width: 320, height: 800 } });
    await page.goto(baseURL + '/data/');
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.close();
  });
});

test('every download link on the data page returns 200 with the right content type', async ({ page, request }) => {
  await page.goto('/data/');
  const links = await page.locator('a[data-download]').evaluateAll((as) => as.map((a) => [a.getAttribute('href')!, a.getAttribute('data-download')!]));
  expect(links).toHaveLength(published.length * 3);
  for (const [href, kind] of links) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toContain(TYPES[kind as keyof typeof TYPES]);
  }
});

for (const d of published) {
  test(`the ${d.id} CSV has the catalog's columns as its header row and the metadata has a version and sources`, async ({ request }) => {
    // Every CSV starts with a UTF-8 byte-order mark (EF BB BF), so Excel reads "Río" and "—" right.
    const bytes = await (await request.get(`/data/${d.id}.csv`)).body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.split('\n')[0]).toBe(d.columns.map((c) => c.name).join(','));
    // What the site serves is, byte for byte, what the catalog makes (whose every cell
    // tests/data/csv-cells.data.test.ts checks against the JSON).
    expect(csv).toBe(datasetCsv(d));
    expect(await (await request.get(`/data/${d.id}.json`)).text()).toBe(datasetJson(d));
    expect(csv.trim().split('\n').length).toBeGreaterThan(1);
    const meta = await (await request.get(`/data/${d.id}.meta.json`)).json();
    expect(meta.version).toMatch(/^[0-9a-f]{12}$/);
    expect(meta.buildDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Array.isArray(meta.sources)).toBe(true);
    expect(meta.columns.map((c: { name: string }) => c.name)).toEqual(d.columns.map((c) => c.name));
    if (d.id !== 'sources') expect(meta.sources.length).toBeGreaterThan(0);
    for (const s of meta.sources) expect(s).toMatchObject({ id: expect.any(String), publisher: expect.any(String), title: expect.any(String) });
  });
}
