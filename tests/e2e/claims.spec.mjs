// The Claims view: facets with counts, search with highlights, clear-all and the empty state.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { corpus, claimIds, shownClaimIds, PAGE } from './corpus.mjs';

const facetValue = (page, facet, value) => page.locator(`fieldset[data-facet=${facet}] label[data-value="${value}"]`);

test('every facet narrows the list to exactly its claims, and says so in the link', async ({ page }) => {
  const cases = [
    ['side', 'nato', (c) => c.side === 'nato'],
    ['speaker', 'bolton', (c) => c.speaker === 'bolton'],
    ['question', 'arms-race', (c) => c.questions.includes('arms-race')],
    ['kind', 'warning', (c) => c.kind === 'warning'],
    ['attribution', 'direct', (c) => c.attribution === 'direct'],
    ['article', corpus.articles[1].id, (c) => c.article === corpus.articles[1].id],
  ];
  for (const [facet, value, pred] of cases) {
    await page.goto('./?view=claims');
    const expected = claimIds(pred);
    const label = facetValue(page, facet, value);
    await expect(label.locator('.count')).toHaveText(String(expected.length));
    await label.locator('input').check();
    await expect(page).toHaveURL(new RegExp(`[?&]${facet}=${value}(&|$)`));
    await expect(page.locator('.result-count')).toHaveText(`${expected.length} claim${expected.length === 1 ? '' : 's'} of ${corpus.claims.length}`);
    expect(await shownClaimIds(page)).toEqual(expected.slice(0, PAGE));
    if (expected.length > PAGE) {
      await page.getByRole('button', { name: `Show ${Math.min(PAGE, expected.length - PAGE)} more` }).click();
      await expect(page.locator('.claim-list [data-claim-id]')).toHaveCount(Math.min(2 * PAGE, expected.length));
      expect(await shownClaimIds(page)).toEqual(expected.slice(0, 2 * PAGE));
    }
  }
});

test('counts of the other values of a facet still show what they would give', async ({ page }) => {
  await page.goto('./?view=claims&side=nato');
  await expect(facetValue(page, 'side', 'russia').locator('.count')).toHaveText(String(claimIds((c) => c.side === 'russia').length));
  // Other facets count within the selection.
  await expect(facetValue(page, 'speaker', 'stoltenberg').locator('.count')).toHaveText(
    String(claimIds((c) => c.side === 'nato' && c.speaker === 'stoltenberg').length),
  );
  // Two values of one facet are OR-ed.
  await facetValue(page, 'side', 'us').locator('input').check();
  expect(await shownClaimIds(page)).toEqual(claimIds((c) => c.side === 'nato' || c.side === 'us'));
  await expect(page).toHaveURL(/side=nato,us/);
});

test('search is case- and accent-insensitive, needs every word, keeps "phrases", and highlights', async ({ page }) => {
  await page.goto('./?view=claims');
  const search = page.getByLabel('Search quotes and articles');
  await search.fill('ARMS RACE');
  await expect(page).toHaveURL(/q=ARMS%20RACE/);
  const both = await shownClaimIds(page);
  expect(both.length).toBeGreaterThan(0);
  const marks = await page.locator('.claim-list mark').allTextContents();
  expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['arms', 'race']));

  await search.fill('Pútin arms');
  const accented = await shownClaimIds(page);
  await search.fill('putin arms');
  await expect.poll(() => shownClaimIds(page)).toEqual(accented);
  expect(accented.length).toBeGreaterThan(0);

  await search.fill('"arms race"');
  const phrase = await shownClaimIds(page);
  expect(phrase.length).toBeGreaterThan(0);
  expect(both).toEqual(expect.arrayContaining(phrase));

  await search.fill('arms zzzyzx');
  await expect(page.locator('.claim-list [data-claim-id]')).toHaveCount(0);
});

test('clear all empties every filter; an empty result says which filter to drop', async ({ page }) => {
  const kinds = new Set(corpus.claims.filter((c) => c.side === 'nato').map((c) => c.kind));
  const missing = ['threat', 'offer', 'warning', 'denial'].find((k) => !kinds.has(k));
  await page.goto(`./?view=claims&side=nato&kind=${missing}`);
  await expect(page.getByText('No claim matches all of these filters.')).toBeVisible();
  const drop = page.getByRole('button', { name: 'Drop the side filter' });
  await expect(drop.locator('..')).toContainText(`${claimIds((c) => c.kind === missing).length} claim`);
  await drop.click();
  expect(await shownClaimIds(page)).toEqual(claimIds((c) => c.kind === missing));
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\?view=claims$/);
  await expect(page.locator('.claim-list [data-claim-id]')).toHaveCount(Math.min(PAGE, corpus.claims.length));
});

test('every claim carries its id and side, and links to its sentence', async ({ page }) => {
  await page.goto('./?view=claims');
  const first = corpus.claims[0];
  const card = page.locator(`.claim-list [data-claim-id="${first.id}"]`);
  await expect(card).toHaveAttribute('data-side', first.side);
  await expect(card.locator('.quote')).toHaveText(first.quote);
  await expect(card.getByRole('link', { name: 'Read in the article' })).toHaveAttribute(
    'href',
    `?view=read&article=${first.article}&claim=${first.id}`,
  );
});

test('is usable at 360 px: no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?view=claims');
  await expect(page.locator('.claim-list [data-claim-id]').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violation in the claims view (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('./?view=claims&q=arms');
    await expect(page.locator('.claim-list [data-claim-id]').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await context.close();
  });
}
