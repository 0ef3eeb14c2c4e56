// The prerendered landing (issue 15): readable without the program, taken over without a jump, and
// never shown on the way to another view.
import { test, expect } from './fixtures.mjs';
import { corpus } from './corpus.mjs';

// These tests look at the landing itself, before the program takes it over.
test.use({ waitForTakeover: false });

// Records, from before the page's first byte, every layout shift and every moment the landing
// was on screen (in the document and not hidden) after the first paint.
function observe() {
  window.__shifts = [];
  window.__landingSeen = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__shifts.push({ value: e.value, input: e.hadRecentInput });
  }).observe({ type: 'layout-shift', buffered: true });
  const look = () => {
    const landing = document.getElementById('landing');
    if (landing && landing.getClientRects().length > 0) window.__landingSeen.push(performance.now());
    if (performance.now() < 10000) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the landing shows the comparison: the sides, the questions and the quotes, as text', async ({ page }) => {
    await page.goto('/');
    // (Playwright's text search skips <noscript>; the line is found by its class.)
    await expect(page.locator('.noscript')).toBeVisible();
    await expect(page.locator('.noscript')).toContainText('Filtering, search and the other views need JavaScript.');
    await expect(page.getByRole('heading', { name: 'Who claims what, question by question' })).toBeVisible();
    const table = page.locator('#landing .compare-table');
    await expect(table).toBeVisible();
    for (const side of ['United States', 'Russia', 'NATO']) {
      await expect(table.locator('th[scope=col]', { hasText: side })).toBeVisible();
    }
    // Every question of the corpus is a row, and its claims' quotes are there as text.
    for (const q of corpus.questions) {
      await expect(table.getByText(q.text, { exact: true }).first()).toBeVisible();
    }
    const text = await table.innerText();
    const quotes = corpus.claims.map((c) => c.quote);
    const shown = quotes.filter((q) => text.includes(q));
    expect(shown.length, 'quotes of the bundled claims in the table').toBeGreaterThan(quotes.length / 2);
    // The links to the articles are real links.
    const first = corpus.articles[0];
    await expect(page.locator('#landing .sources-wide').getByRole('link', { name: first.title })).toHaveAttribute('href', /article=/);
  });
});

test('the program takes the landing over with the same text, no layout shift and no console error', async ({ page }) => {
  await page.addInitScript(observe);
  // Hold the program back, to read the landing before it runs.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const landing = page.locator('#landing');
  await expect(landing.locator('.compare-table')).toBeVisible();
  // The text a person sees. The landing's one button ("Copy link") keeps its place but shows
  // only once it works.
  const text = () => page.locator('main').evaluate((m) => m.innerText.replace(/\s+/g, ' ').replace(' Copy link ', ' ').trim());
  const before = await text();
  release();
  // Taken over: the landing is gone, the program's page is in its place.
  await expect(landing).toHaveCount(0);
  await expect(page.locator('.app-root main .compare-table')).toBeVisible();
  const after = await text();
  expect(after).toBe(before);
  // The program's page answers now: a tab is a link the router follows without reloading.
  await page.evaluate(() => (window.__sameDocument = true));
  await page.getByRole('link', { name: 'Claims', exact: true }).click();
  await expect(page.locator('.claim-list [data-claim-id]').first()).toBeVisible();
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  const shifts = await page.evaluate(() => window.__shifts.filter((s) => !s.input));
  expect(shifts).toEqual([]);
});

test('the focus and the scroll position stay where the person left them', async ({ page }) => {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.goto('/');
  const second = corpus.articles[1];
  const link = page.locator('#landing .sources-wide').getByRole('link', { name: second.title });
  await link.focus();
  await page.evaluate(() => window.scrollTo(0, 400));
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(0);
  release();
  await expect(page.locator('#landing')).toHaveCount(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(y);
  const focused = await page.evaluate(() => [document.activeElement.textContent, !!document.activeElement.closest('.app-root')]);
  expect(focused).toEqual([second.title, true]);
});

test('a link to another view never shows the landing on the way', async ({ page }) => {
  await page.addInitScript(observe);
  await page.goto('/?view=claims&side=nato');
  await expect(page.locator('.claim-list [data-claim-id]').first()).toBeVisible();
  await expect(page.locator('#landing')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__landingSeen)).toEqual([]);
});

test.describe('when the program cannot load', () => {
  test.use({ allowedConsoleErrors: /Failed to load resource|Failed to fetch/ });

  test('the landing stays readable under the error, whatever the link', async ({ page }) => {
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto('/?view=claims');
  await expect(page.locator('#fatal-error')).toContainText('Claimscope could not start');
  // The link's view cannot open, but the comparison can be read.
  await expect(page.locator('#landing .compare-table')).toBeVisible();
});
});
