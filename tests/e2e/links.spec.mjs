// The link is the state: opening a link reproduces the view, Back and Forward step through
// choices, malformed links never break the page, Copy link copies, the keyboard works.
import { test, expect } from './fixtures.mjs';
import { corpus, claimIds, shownClaimIds } from './corpus.mjs';

const facet = (page, f, v) => page.locator(`fieldset[data-facet=${f}] label[data-value="${v}"] input`);

test('a link with every parameter opens exactly that view', async ({ page }) => {
  const article = corpus.articles[1].id;
  await page.goto(`./?view=claims&side=russia&speaker=putin&question=arms-race&kind=warning&attribution=paraphrase&article=${article}&q=arms`);
  await expect(page.locator('.tabs a[aria-current=page]')).toHaveText('Claims');
  for (const [f, v] of [['side', 'russia'], ['speaker', 'putin'], ['question', 'arms-race'], ['kind', 'warning'], ['attribution', 'paraphrase'], ['article', article]]) {
    await expect(facet(page, f, v)).toBeChecked();
  }
  await expect(page.getByLabel('Search quotes and articles')).toHaveValue('arms');
  const ids = await shownClaimIds(page);
  const expected = claimIds(
    (c) => c.side === 'russia' && c.speaker === 'putin' && c.questions.includes('arms-race') && c.kind === 'warning' && c.attribution === 'paraphrase' && c.article === article,
  );
  expect(ids.length).toBeGreaterThan(0);
  expect(expected).toEqual(expect.arrayContaining(ids));
  await expect(page).toHaveTitle(/^Claims — .*Russia.*Vladimir Putin.*“arms”.* — Claimscope$/);
  // No notice: nothing was ignored.
  await expect(page.getByRole('status', { name: 'Parts of the link that were ignored' })).toHaveCount(0);
});

test('links are written in one canonical order, defaults omitted', async ({ page }) => {
  await page.goto('./?kind=warning&view=claims&side=russia');
  await facet(page, 'attribution', 'direct').check();
  await expect(page).toHaveURL(/\?view=claims&side=russia&kind=warning&attribution=direct$/);
  await page.locator('.tabs').getByRole('link', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\?side=russia&kind=warning&attribution=direct$/);
});

test('Back and Forward step through facet clicks; typing does not fill the history', async ({ page }) => {
  await page.goto('./?view=claims');
  await facet(page, 'side', 'nato').check();
  await facet(page, 'kind', 'accusation').check();
  await expect(page).toHaveURL(/side=nato&kind=accusation/);
  const search = page.getByLabel('Search quotes and articles');
  await search.pressSequentially('russia', { delay: 20 });
  await expect(page).toHaveURL(/q=russia/);
  await page.goBack();
  await expect(page).toHaveURL(/\?view=claims&side=nato$/);
  await expect(facet(page, 'kind', 'accusation')).not.toBeChecked();
  expect(await shownClaimIds(page)).toEqual(claimIds((c) => c.side === 'nato'));
  await page.goForward();
  await expect(page).toHaveURL(/side=nato&kind=accusation&q=russia/);
  await expect(facet(page, 'kind', 'accusation')).toBeChecked();
});

test('a malformed link applies what it can and says what it ignored', async ({ page }) => {
  await page.goto('./?view=map&side=mars,nato&kind=rumour&utm_source=x&q=%E2%82&claim=nope&speaker=%zz');
  const notice = page.getByRole('status', { name: 'Parts of the link that were ignored' });
  await expect(notice).toBeVisible();
  for (const text of ['view', 'mars', 'rumour', 'utm_source', 'malformed percent-encoding', 'nope']) {
    await expect(notice).toContainText(text);
  }
  // What was understood still applies: the landing view, filtered to NATO.
  await expect(page.locator('.tabs a[aria-current=page]')).toHaveText('Compare');
  await page.locator('.tabs').getByRole('link', { name: 'Claims' }).click();
  expect(await shownClaimIds(page)).toEqual(claimIds((c) => c.side === 'nato'));
});

test('the notice can be dismissed', async ({ page }) => {
  await page.goto('./?bogus=1');
  const notice = page.getByRole('status', { name: 'Parts of the link that were ignored' });
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator('.sources [data-article-id]')).toHaveCount(corpus.articles.length);
});

test('Copy link copies the address of the current view and says so', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('./?view=claims&side=us');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.copy-link .copy-status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await context.close();
});

test('keyboard: / focuses the search, Esc clears it, Space toggles a facet', async ({ page }) => {
  await page.goto('./');
  // The shortcut works once the app has started.
  await expect(page.locator('.tabs a[aria-current=page]')).toHaveText('Compare');
  await page.locator('body').press('/');
  const search = page.getByLabel('Search quotes and articles');
  await expect(search).toBeFocused();
  await expect(page.locator('.tabs a[aria-current=page]')).toHaveText('Claims');
  await page.keyboard.type('bolton');
  await expect(page).toHaveURL(/q=bolton/);
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(page).not.toHaveURL(/q=/);
  await facet(page, 'side', 'us').focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/side=us/);
  // Every control shows where the focus is.
  const outline = await facet(page, 'side', 'us').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('corpus text is shown as text: markup in a corpus never runs', async ({ page }) => {
  const payload = ' <img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  const evil = structuredClone(corpus);
  const article = evil.articles[0];
  article.title += payload;
  const para = article.paragraphs.find((p) => p.kind === 'body');
  const start = [...para.text].length + 1;
  para.text += payload;
  const quote = payload.slice(1);
  const base = evil.claims.find((c) => c.article === article.id);
  evil.claims.push({ ...base, id: 'xss', paragraph: para.id, quote, start, end: start + [...quote].length, summary: payload });
  await page.route('**/data/corpus.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(evil) }));
  await page.goto('./?view=claims&q=onerror');
  const card = page.locator('.claim-list [data-claim-id="xss"]');
  await expect(card.locator('.quote')).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(page.locator('.sources [data-article-id]').first()).toContainText('<script>window.__xss=2</script>');
  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});
