// The page loads the bundled corpus and lists its articles; a broken corpus shows an error.
import { test, expect } from './fixtures.mjs';

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
      await expect(page.getByRole('link', { name: 'Try again' })).toBeVisible();
    });
  }
});
