// Search: results explain themselves. A claim found by its paragraph, summary or speaker's name
// and not by its quote shows where it matched, with the words marked.
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
