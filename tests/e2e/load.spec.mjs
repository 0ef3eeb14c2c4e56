// The page loads the bundled corpus and lists its articles; a broken corpus shows an error.
import { test, expect } from './fixtures.mjs';
import { corpus } from './corpus.mjs';
import { manyClaims, recordTexts } from './import.mjs';

test('lists both seed articles with headline, outlet and date', async ({ page }) => {
  await page.goto('./');
  const articles = page.locator('.sources [data-article-id]');
  await expect(articles).toHaveCount(2);
  const rferl = articles.filter({ hasText: 'Putin Mulls Russia Retaliation If U.S. Quits INF Treaty' });
  await expect(rferl).toContainText('RFE/RL');
  await expect(rferl).toContainText('November 2018');
  const voa = articles.filter({ hasText: 'Putin: US Exit From Treaty Would Spur New Arms Race' });
  await expect(voa).toContainText('VOA');
  await expect(voa).toContainText('24 October 2018');
});

test.describe('a broken corpus file', () => {
  test.use({ allowedConsoleErrors: /Failed to load resource/ });

  for (const [name, body, status, expected] of [
    ['not JSON', '{"schema": 1, "articles": [', 200, /not valid JSON/],
    ['not a corpus', '{"schema": 1}', 200, /required field `articles` is missing/],
    ['missing', 'Not found', 404, /error 404/],
    ['not UTF-8 text', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 200, /not UTF-8 text/],
  ]) {
    test(`shows a plain-words error when the corpus is ${name}`, async ({ page }) => {
      await page.route('**/data/corpus.json', (route) =>
        route.fulfill({ status, contentType: 'application/json', body }),
      );
      await page.goto('./');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('The articles could not be loaded');
      await expect(alert).toContainText(expected);
      await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    });
  }

  test.describe('with no service worker to answer from its cache', () => {
  // The retry must go to the network: a service worker would answer it from its cache.
  test.use({ serviceWorkers: 'block' });
  for (const [name, fail] of [
    ['the network fails', (route) => route.abort('internetdisconnected')],
    ['the server answers 500', (route) => route.fulfill({ status: 500, body: 'Server error' })],
  ]) {
    test(`"Try again" downloads again in place when ${name}, and the link stays`, async ({ page }) => {
      let failing = true;
      let requests = 0;
      await page.route('**/data/corpus.json', (route) => {
        requests += 1;
        return failing ? fail(route) : route.continue();
      });
      await page.goto('./?view=claims&side=nato');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('The articles could not be loaded');
      const before = requests;
      failing = false;
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect(page.locator('.claim-list [data-claim-id]').first()).toBeVisible();
      expect(requests).toBe(before + 1);
      await expect(page).toHaveURL(/\?view=claims&side=nato$/);
      const sides = await page.locator('.claim-list [data-claim-id]').evaluateAll((els) => els.map((e) => e.dataset.side));
      expect(new Set(sides)).toEqual(new Set(['nato']));
      await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
    });
  }
  });
});

test('a large corpus says how far its checks got while it loads, then opens', async ({ page }) => {
  test.setTimeout(60_000);
  const body = JSON.stringify(manyClaims(30_000, corpus.id));
  await page.route('**/data/corpus.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.addInitScript(recordTexts, 'p.status');
  await page.goto('./?view=claims');
  await expect(page.locator('.result-count')).toHaveText('All 30,000 claims', { timeout: 30_000 });
  const said = await page.evaluate(() => window.__said);
  expect(said[0]).toBe('Loading the articles…');
  const checking = said.filter((s) => /^Checking [\d,]+ of 30,000 claims…$/.test(s));
  expect(checking.length, said.join(' | ')).toBeGreaterThan(0);
});
