// Search: results explain themselves. A claim found by its paragraph, summary or speaker's name
// and not by its quote shows where it matched, with the words marked. While searching, the best
// match comes first; `sort=` in the link chooses another order.
import { test, expect } from './fixtures.mjs';
import { corpus, claimIds, shownClaimIds } from './corpus.mjs';

const paragraphOf = (c) =>
  corpus.articles.find((a) => a.id === c.article)?.paragraphs.find((p) => p.id === c.paragraph)?.text ?? c.quote;
const speakerName = (c) => corpus.speakers.find((s) => s.id === c.speaker)?.name ?? '';
/** Whether `text` has a word starting with `word` (ASCII words: enough for this corpus). */
const hasWord = (text, word) => new RegExp(`\\b${word}`, 'i').test(text);

test('every claim found by a search shows the word marked, in its quote or where it matched', async ({ page }) => {
  const expected = claimIds((c) => [paragraphOf(c), c.summary ?? '', speakerName(c)].some((t) => hasWord(t, 'hysterics')));
  expect(expected.length).toBeGreaterThan(0);
  // At least one of them (a Putin claim) has the word only in its paragraph.
  expect(claimIds((c) => expected.includes(c.id) && !hasWord(c.quote, 'hysterics')).length).toBeGreaterThan(0);

  await page.goto('./?view=claims&q=hysterics');
  // In whatever order the list puts them (relevance, while searching).
  await expect.poll(async () => (await shownClaimIds(page)).sort()).toEqual([...expected].sort());
  const cards = page.locator('.claim-list [data-claim-id]');
  for (const card of await cards.all()) {
    const marks = card.locator('.quote mark, .match-elsewhere mark');
    await expect(marks.first()).toBeVisible();
    for (const text of await marks.allTextContents()) expect(text).toMatch(/hysterics/i);
  }
  // The card whose quote lacks the word says where it was.
  const elsewhere = page.locator('.claim-list .match-elsewhere');
  await expect(elsewhere.first()).toContainText(/^In the same paragraph: /);
  await expect(elsewhere.first().locator('mark')).toHaveText(/hysterics/i);
  // A card whose quote has the word shows no excerpt.
  for (const card of await cards.all()) {
    if ((await card.locator('.quote mark').count()) > 0) await expect(card.locator('.match-elsewhere')).toHaveCount(0);
  }
});

test('without a search no card shows an excerpt', async ({ page }) => {
  await page.goto('./?view=claims');
  await expect(page.locator('.claim-list [data-claim-id]').first()).toBeVisible();
  await expect(page.locator('.match-elsewhere')).toHaveCount(0);
});

test('while searching the claim quoting the word comes first; sort= in the link orders otherwise', async ({ page }) => {
  // Both claims are Putin's in one paragraph; only the second quotes "hysterics".
  const inParagraph = 'voa-putin-grave-danger';
  const inQuote = 'voa-putin-ready-to-work';
  expect(claimIds((c) => c.id === inParagraph || c.id === inQuote)).toEqual([inParagraph, inQuote]);
  await page.goto('./?view=claims&q=hysterics');
  await expect.poll(() => shownClaimIds(page)).toEqual([inQuote, inParagraph]);
  await page.goto('./?view=claims&q=hysterics&sort=article');
  await expect.poll(() => shownClaimIds(page)).toEqual([inParagraph, inQuote]);
  await expect(page).toHaveURL(/[?&]sort=article(&|$)/);
  // A sort the app does not know is named in the link notice, and the default applies.
  await page.goto('./?view=claims&q=hysterics&sort=best');
  await expect.poll(() => shownClaimIds(page)).toEqual([inQuote, inParagraph]);
  await expect(page.getByRole('status', { name: 'Parts of the link that were ignored' })).toContainText('not an order');
});

test('the Order control sorts the list by date and puts the choice in the link', async ({ page }) => {
  await page.goto('./?view=claims&q=treaty');
  const order = page.getByLabel('Order');
  await expect(order).toHaveValue('relevance');
  await order.selectOption({ label: 'Date' });
  await expect(page).toHaveURL(/[?&]sort=date(&|$)/);
  const dateOf = (id) => {
    const c = corpus.claims.find((x) => x.id === id);
    return corpus.articles.find((a) => a.id === c.article).published;
  };
  await expect.poll(async () => {
    const dates = (await shownClaimIds(page)).map(dateOf);
    return dates.length > 1 && dates.every((d, i) => i === 0 || dates[i - 1] <= d);
  }).toBe(true);
  // Back: the order before.
  await page.goBack();
  await expect(page.getByLabel('Order')).toHaveValue('relevance');
  // Without a search the default is the corpus's order, by article.
  await page.goto('./?view=claims');
  await expect(page.getByLabel('Order')).toHaveValue('article');
});
