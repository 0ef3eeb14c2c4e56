// Long lists stay short on screen: a long facet (hundreds of speakers, thousands of articles)
// shows its top values and its selected ones and expands on request; the Read view's picker of
// many articles lists a page of those matching what the person types.
import { test, expect } from './fixtures.mjs';
import { corpus } from './corpus.mjs';
import { importFile, openLibrary } from './import.mjs';

/** The bundled corpus with one speaker per claim, except the first six Russian claims share one. */
function manySpeakers() {
  const c = JSON.parse(JSON.stringify(corpus));
  c.id = 'many-speakers';
  c.speakers = [];
  let big = 0;
  c.claims.forEach((claim, i) => {
    const id = claim.side === 'russia' && big < 6 ? (big++, 'big') : `s${String(i).padStart(2, '0')}`;
    if (!c.speakers.some((s) => s.id === id)) c.speakers.push({ id, name: `Speaker ${id}`, role: '', side: claim.side });
    claim.speaker = id;
  });
  return c;
}

test('a long facet shows its top values, expands, and keeps a selection visible', async ({ page }) => {
  const many = manySpeakers();
  await openLibrary(page);
  await importFile(page, many);
  await expect(page).toHaveURL(/corpus=many-speakers/);
  await page.getByRole('link', { name: 'Claims', exact: true }).click();
  const facet = page.locator('.facet[data-facet="speaker"]');
  const rows = facet.locator('.facet-value');
  await expect(rows).toHaveCount(8);
  await expect(facet.locator('[data-value="big"] .count')).toHaveText('6');
  const all = facet.getByRole('button', { name: `Show all ${many.speakers.length} speakers` });
  await all.click();
  await expect(rows).toHaveCount(many.speakers.length);
  const last = many.speakers[many.speakers.length - 1].id;
  await facet.locator(`[data-value="${last}"] input`).check();
  await expect(page.locator('.result-count')).toHaveText(`1 claim of ${many.claims.length}`);
  await facet.getByRole('button', { name: 'Show fewer speakers' }).click();
  await expect(facet.locator(`[data-value="${last}"] input`)).toBeChecked();
  expect(await rows.count()).toBeLessThanOrEqual(9);
});

/** The bundled corpus with `n` articles: the first one and copies of it, "Copy i". */
function manyArticles(n) {
  const c = JSON.parse(JSON.stringify(corpus));
  c.id = 'many-articles';
  const first = c.articles[0];
  for (let i = c.articles.length; i < n; i++) {
    const a = JSON.parse(JSON.stringify(first));
    a.id = `copy-${i}`;
    a.title = `Copy ${i} of the report`;
    for (const p of a.paragraphs) p.id = `${p.id}-copy-${i}`;
    c.articles.push(a);
  }
  return c;
}

test('the Read view lists a page of many articles and finds one by what is typed', async ({ page }) => {
  await openLibrary(page);
  await importFile(page, manyArticles(60));
  await expect(page.locator('#sources-heading')).toHaveText('60 articles');
  await page.getByRole('link', { name: 'Read', exact: true }).click();
  const picker = page.getByRole('navigation', { name: 'Choose an article' });
  await expect(picker.locator('li')).toHaveCount(20);
  await expect(picker).toContainText('The first 20 of 60 matching articles.');
  await picker.getByRole('searchbox').fill('copy 47');
  await expect(picker.locator('li')).toHaveCount(2); // the match, and the open article
  await picker.getByRole('link', { name: /Copy 47 of the report/ }).click();
  await expect(page).toHaveURL(/article=copy-47/);
  await expect(picker.locator('a[aria-current="true"]')).toContainText('Copy 47 of the report');
});
