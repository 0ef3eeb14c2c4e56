// A link that opens a corpus published elsewhere (`src=https://…`): the app asks first, sends
// nothing off its origin until the person says yes, then downloads, keeps and opens it in the
// link's view, and opens it again offline; every kind of failure gets its own words, and the
// articles that come with Claimscope stay a click away.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { corpus } from './corpus.mjs';
import { startRemote, shared } from './remote.mjs';

test.use({ ignoreHTTPSErrors: true, allowedRemote: /^https:\/\/127\.0\.0\.2:/ });

let remote;
test.beforeEach(async () => {
  remote = await startRemote();
});
test.afterEach(async () => {
  await remote.close();
});

const link = (path, rest = '') => `./?src=${encodeURIComponent(remote.origin + path)}${rest}`;
const question = (page) => page.getByRole('region', { name: 'A corpus published elsewhere' });

test('a link to a published corpus asks first, opens it in its view on yes, and keeps it for offline', async ({ page, context }) => {
  const russia = corpus.claims.filter((c) => corpus.speakers.find((s) => s.id === c.speaker)?.side === 'russia').length;
  await page.goto(link('/corpus.json', '&view=claims&side=russia'));
  await expect(question(page)).toContainText(`This link opens a corpus published at 127.0.0.2:${new URL(remote.origin).port}. Open it?`);
  await expect(question(page).locator('code')).toHaveText(`${remote.origin}/corpus.json`);
  // Nothing was asked of the other origin before the yes.
  expect(remote.requests).toEqual([]);
  await page.getByRole('button', { name: 'Open it' }).click();
  await expect(page.locator('.result-count')).toHaveText(`${russia} claims of ${corpus.claims.length}`);
  expect(remote.requests).toEqual(['/corpus.json']);
  // The link now names the kept copy and still says where it is published; links made from it
  // carry both.
  await expect(page).toHaveURL(new RegExp(`\\?corpus=${shared.id}&src=`));
  const url = new URL(page.url());
  expect(url.searchParams.get('src')).toBe(`${remote.origin}/corpus.json`);
  expect(url.searchParams.get('corpus')).toBe(shared.id);
  expect(url.searchParams.get('side')).toBe('russia');
  const read = new URL(await page.getByRole('link', { name: 'Read in the article' }).first().getAttribute('href'), page.url());
  expect([read.searchParams.get('corpus'), read.searchParams.get('src')]).toEqual([shared.id, `${remote.origin}/corpus.json`]);
  // The library says where it was published, and its Open link carries src.
  await page.getByRole('link', { name: 'Library', exact: true }).click();
  const kept = page.locator(`.corpus[data-corpus-id="${shared.id}"]`);
  await expect(kept.locator('.corpus-meta')).toContainText(`published at 127.0.0.2:${new URL(remote.origin).port}`);
  await page.goBack();
  // Kept: with the other origin gone and the network off, the same link opens it.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  await remote.close();
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.result-count')).toHaveText(`${russia} claims of ${corpus.claims.length}`);
  // And the link without the corpus id (as first shared) opens the kept copy without asking.
  await page.goto(link('/corpus.json', '&view=claims'));
  await expect(page.locator('.result-count')).toHaveText(`All ${corpus.claims.length} claims`);
  await expect(question(page)).toHaveCount(0);
  await context.setOffline(false);
});

test('on no, nothing is downloaded and the articles that come with Claimscope open', async ({ page }) => {
  await page.goto(link('/corpus.json'));
  await question(page).getByRole('link', { name: 'No, open the articles that come with Claimscope' }).click();
  await expect(page.locator('#sources-heading')).toHaveText(`${corpus.articles.length} articles`);
  expect(remote.requests).toEqual([]);
});

const failures = [
  ['/missing.json', 'could not be opened. The articles could not be downloaded: the server answered with error 404.'],
  ['/page.json', 'could not be opened. The articles file has 1 problem; the first is $: This is a web page (HTML), not a corpus file (JSON).'],
  ['/broken.json', 'could not be opened. The articles file has 1 problem; the first is $: This is not valid JSON: the file ends too early'],
  ['/huge.json', 'could not be opened. The articles file is too large.'],
];
for (const [path, words] of failures) {
  test.describe(() => {
    test.use({ allowedConsoleErrors: /Failed to load resource/ });
    test(`a published corpus that fails (${path}) says why, and the bundled articles stay usable`, async ({ page }) => {
      await page.goto(link(path));
      await page.getByRole('button', { name: 'Open it' }).click();
      const alert = question(page).getByRole('alert');
      await expect(alert).toContainText(`The corpus published at 127.0.0.2:${new URL(remote.origin).port} ${words}`);
      await question(page).getByRole('link', { name: 'No, open the articles that come with Claimscope' }).click();
      await expect(page.locator('#sources-heading')).toHaveText(`${corpus.articles.length} articles`);
    });
  });
}

test('a src that is not https is ignored, said so, and asks nothing', async ({ page }) => {
  await page.goto('./?src=http%3A%2F%2F127.0.0.2%2Fcorpus.json');
  await expect(page.locator('#sources-heading')).toHaveText(`${corpus.articles.length} articles`);
  await expect(page.getByRole('status', { name: 'Parts of the link that were ignored' })).toContainText('not an https:// address');
  await expect(question(page)).toHaveCount(0);
  expect(remote.requests).toEqual([]);
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violation in the question before a published corpus opens (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(link('/corpus.json'));
    await expect(question(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    expect(remote.requests).toEqual([]);
    await context.close();
  });
}
