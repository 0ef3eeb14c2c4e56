// The Compare view (the landing view): the at-a-glance grid, the compare table, the outlets'
// wordings of the same facts, the filters from the URL, narrow and wide screens, accessibility.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusText = fs.readFileSync(path.resolve(here, '../../data/corpus.json'), 'utf8');
const corpus = JSON.parse(corpusText);
const fresh = () => JSON.parse(corpusText);

const glanceCell = (page, side, question) =>
  page.locator(`.glance-table td[data-side="${side}"][data-question="${question}"]`);
const glanceRow = (page, question) => page.locator(`.glance-table tr[data-question="${question}"]`);
const tableCell = (page, side, question) =>
  page.locator(`.compare-table td[data-side="${side}"][data-question="${question}"]`);
const tableRow = (page, question) => page.locator(`.compare-table tr[data-question="${question}"]`);

/** Claims of `side` on `question` in the bundled corpus. */
const claimsOf = (side, question) => corpus.claims.filter((c) => c.side === side && c.questions.includes(question));

/** Serves `body` instead of the bundled corpus. */
const serveCorpus = (page, body) =>
  page.route('**/data/corpus.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) }),
  );

test('the glance grid gives each side’s answer in words and marks where the sides collide', async ({ page }) => {
  await page.goto('./');
  const glance = page.getByRole('table', { name: 'Claims per question and side' });
  await expect(glance).toBeVisible();
  await expect(glance.getByRole('columnheader')).toHaveText(['Question', 'United States', 'Russia', 'NATO']);
  await expect(glance.getByRole('rowheader')).toHaveCount(corpus.questions.length);

  // Is Russia violating the treaty? The US says yes, Russia says no: the row says they disagree.
  const us = claimsOf('us', 'russia-violates').length;
  const ru = claimsOf('russia', 'russia-violates').length;
  await expect(glanceCell(page, 'us', 'russia-violates').locator('.glance-value')).toHaveText(`${us} · Yes`);
  await expect(glanceCell(page, 'russia', 'russia-violates').locator('.glance-value')).toHaveText(`${ru} · No`);
  await expect(glanceRow(page, 'russia-violates')).toContainText('Sides disagree');

  // A side silent on a question reads "—"; a qualified answer says so; a question only one
  // side speaks to is not a disagreement.
  await expect(glanceCell(page, 'nato', 'us-withdraws')).toHaveText(/—/);
  await expect(glanceCell(page, 'us', 'talks').locator('.glance-value')).toHaveText('1 · Qualified');
  await expect(glanceRow(page, 'us-withdraws')).not.toContainText('Sides disagree');
  // Every row that disagrees, and only those.
  const disagreeing = await page.locator('.glance-table tr.disagree').evaluateAll((rows) => rows.map((r) => r.dataset.question));
  expect(disagreeing).toEqual(['russia-violates', 'missile-defense', 'arms-race', 'europe-at-risk']);
});

test('a glance cell jumps to its question’s row, by mouse and by keyboard', async ({ page }) => {
  await page.goto('./');
  const link = glanceCell(page, 'russia', 'arms-race').getByRole('link');
  await expect(link).toHaveAttribute('href', '#q-arms-race');
  await expect(link).toHaveAccessibleName(/Russia, New arms race: 2 · Yes/);
  await link.click();
  await expect(page).toHaveURL(/#q-arms-race$/);
  const target = page.locator('#q-arms-race');
  await expect(target).toBeInViewport();
  await expect(target).toBeFocused();
  await expect(target).toContainText('Would the end of the treaty bring a new arms race?');

  // Keyboard: Tab reaches the glance links, Enter jumps.
  await page.goto('./');
  const keyLink = glanceCell(page, 'us', 'treaty-fit').getByRole('link');
  await expect(keyLink).toBeVisible();
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await keyLink.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Tab reaches the glance cell').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('#q-treaty-fit')).toBeFocused();
  await expect(page.locator('#q-treaty-fit')).toBeInViewport();

  // A shared link to a row opens on that row.
  await page.goto('./?question=arms-race,treaty-fit,talks#q-treaty-fit');
  await expect(page.locator('#q-treaty-fit')).toBeInViewport();
});

test('the compare table is a real table: caption, side columns, question rows', async ({ page }) => {
  await page.goto('./');
  const table = page.locator('table.compare-table');
  await expect(table.locator('caption')).toContainText('Each side’s claims on each question');
  await expect(table.locator('thead th[scope="col"]')).toHaveText(['Question', 'United States', 'Russia', 'NATO']);
  await expect(table.locator('tbody th[scope="row"]')).toHaveText(
    corpus.questions.map((q) => new RegExp(q.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))),
  );
  // Each cell holds that side's claims on the question, with the quote, speaker, outlet, date, stance.
  const ru = tableCell(page, 'russia', 'russia-violates');
  const expected = claimsOf('russia', 'russia-violates');
  await expect(ru.locator('[data-claim-id]')).toHaveCount(expected.length);
  const first = ru.locator(`[data-claim-id="${expected[0].id}"]`);
  await expect(first.locator('.quote')).toHaveText(expected[0].quote);
  await expect(first).toContainText('No');
  await expect(first.locator('time')).toBeVisible();
  // Every claim on the page says whose it is, and sits in its side's column.
  const claims = page.locator('.compare-table [data-claim-id]');
  expect(await claims.count()).toBeGreaterThan(0);
  const misplaced = await claims.evaluateAll((els) =>
    els.filter((e) => !e.dataset.side || e.closest('td').dataset.side !== e.dataset.side).length,
  );
  expect(misplaced).toBe(0);
});

test('a side that says nothing on a question says so in words', async ({ page }) => {
  await page.goto('./');
  for (const q of ['us-withdraws', 'talks', 'treaty-fit']) {
    expect(claimsOf('nato', q)).toHaveLength(0);
    await expect(tableCell(page, 'nato', q)).toContainText('No claim in these articles');
    await expect(tableCell(page, 'nato', q).locator('[data-claim-id]')).toHaveCount(0);
  }
  await expect(tableCell(page, 'nato', 'russia-violates')).not.toContainText('No claim in these articles');
});

test('claims answered the opposite way by another side are labelled, and the row says the sides disagree', async ({ page }) => {
  await page.goto('./');
  const row = tableRow(page, 'russia-violates');
  await expect(row.getByRole('rowheader')).toContainText('Sides disagree');
  await expect(row.getByRole('rowheader')).toContainText('Yes: United States and NATO · No: Russia');
  // Each Russian "no" is contradicted by the US and NATO; each US "yes" by Russia.
  const ruItems = tableCell(page, 'russia', 'russia-violates').locator('.cell-claims > li');
  await expect(ruItems).toHaveCount(claimsOf('russia', 'russia-violates').length);
  for (const item of await ruItems.all()) await expect(item.locator('.contradicted-by')).toHaveText(/Contradicted by United States and NATO/);
  await expect(tableCell(page, 'us', 'russia-violates').locator('.contradicted-by').first()).toHaveText(/Contradicted by Russia/);
  // NATO says no on the arms race while Russia says yes.
  await expect(tableCell(page, 'nato', 'arms-race').locator('.contradicted-by')).toHaveText(/Contradicted by Russia/);
  // A qualified answer contradicts nobody; a question only one side answers has no marker.
  await expect(tableCell(page, 'us', 'talks').locator('.contradicted-by')).toHaveCount(0);
  await expect(tableRow(page, 'us-withdraws')).not.toContainText('Sides disagree');
  await expect(tableRow(page, 'us-withdraws').locator('.contradicted-by')).toHaveCount(0);
});

test('a full cell shows five claims and links to all of them in the Claims view', async ({ page }) => {
  await page.goto('./');
  const all = claimsOf('us', 'russia-violates');
  expect(all.length).toBeGreaterThan(5);
  const cell = tableCell(page, 'us', 'russia-violates');
  await expect(cell.locator('[data-claim-id]')).toHaveCount(5);
  const more = cell.getByRole('link', { name: new RegExp(`Show all ${all.length} claims`) });
  await expect(more).toHaveAttribute('href', '?view=claims&side=us&question=russia-violates');
  await more.click();
  await expect(page).toHaveURL(/\?view=claims&side=us&question=russia-violates$/);
  await expect(page.locator('.claim-list [data-claim-id]')).toHaveCount(all.length);
  // Cells under the cap have no such link.
  await page.goto('./');
  await expect(tableCell(page, 'russia', 'russia-violates').getByRole('link', { name: /Show all/ })).toHaveCount(0);
});

test('the filters in the link shape the comparison', async ({ page }) => {
  // One side: its column only, and only the questions it speaks to.
  await page.goto('./?side=nato');
  await expect(page.locator('.compare-table thead th[scope="col"]')).toHaveText(['Question', 'NATO']);
  await expect(page.locator('.glance-table thead th[scope="col"]')).toHaveText(['Question', 'NATO']);
  const natoQuestions = corpus.questions.filter((q) => claimsOf('nato', q.id).length > 0).map((q) => q.id);
  const rows = page.locator('.compare-table tbody tr');
  await expect(rows).toHaveCount(natoQuestions.length);
  expect(await rows.evaluateAll((rs) => rs.map((r) => r.dataset.question))).toEqual(natoQuestions);
  const hidden = corpus.questions.length - natoQuestions.length;
  await expect(page.getByRole('status').filter({ hasText: 'hidden' })).toContainText(
    `${hidden} questions without a matching claim are hidden`,
  );
  await expect(page.locator('.compare-table [data-claim-id]:not([data-side="nato"])')).toHaveCount(0);

  // Chosen questions: those rows only, every side.
  await page.goto('./?question=arms-race,talks');
  await expect(page.locator('.compare-table tbody tr')).toHaveCount(2);
  await expect(page.locator('.compare-table thead th[scope="col"]')).toHaveCount(4);
  await expect(tableCell(page, 'us', 'arms-race')).toContainText('No claim in these articles');

  // A search keeps the claims that match and hides the questions left empty.
  await page.goto('./?q=missile%20defense');
  await expect(page.locator('.compare-table mark').first()).toBeVisible();
  const shown = await page.locator('.compare-table [data-claim-id]').evaluateAll((els) => els.map((e) => e.dataset.claimId));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThan(corpus.claims.length);
  await expect(page.locator('.compare-table mark').first()).toBeVisible();

  // Clearing the filters brings every column and row back.
  await page.goto('./?side=nato');
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('.compare-table tbody tr')).toHaveCount(corpus.questions.length);
  await expect(page.locator('.compare-table thead th[scope="col"]')).toHaveCount(4);
});

test('filters matching nothing say so instead of an empty table', async ({ page }) => {
  await page.goto('./?side=nato&question=talks&q=zzzz');
  await expect(page.locator('.compare-view')).toContainText('No claim matches all of these filters.');
  await expect(page.locator('.compare-table')).toHaveCount(0);
});

test('the facts show each outlet’s wording side by side with the differences marked', async ({ page }) => {
  await page.goto('./');
  const section = page.getByRole('region', { name: 'How the outlets describe it' });
  await expect(section).toContainText('Highlighted words differ between the outlets');
  await expect(section.locator('[data-fact-id]')).toHaveCount(corpus.facts.length);

  const bans = section.getByRole('region', { name: 'What the INF Treaty bans' });
  const accounts = bans.locator('.account');
  await expect(accounts).toHaveCount(2);
  const [rferl, voa] = corpus.facts[0].accounts.map((a) => corpus.articles.find((x) => x.id === a.article));
  await expect(accounts.nth(0)).toContainText(rferl.outlet);
  await expect(accounts.nth(0)).toContainText(rferl.title);
  await expect(accounts.nth(0)).toContainText('November 2018');
  await expect(accounts.nth(1)).toContainText(voa.outlet);
  await expect(accounts.nth(1)).toContainText(voa.title);
  await expect(accounts.nth(1)).toContainText('24 October 2018');
  // The whole quote is there, word for word; the differing words are marked.
  await expect(accounts.nth(0).locator('.quote')).toHaveText(corpus.facts[0].accounts[0].quote);
  await expect(accounts.nth(1).locator('.quote')).toHaveText(corpus.facts[0].accounts[1].quote);
  const marks0 = await accounts.nth(0).locator('mark').allTextContents();
  const marks1 = await accounts.nth(1).locator('mark').allTextContents();
  expect(marks0).toContain('possessing, producing, or deploying');
  expect(marks1).toContain('building, testing and stockpiling');
  expect(marks1).toContain('nuclear');
  expect(marks0).not.toContain('ground');
  await expect(accounts.nth(0).getByRole('link', { name: 'Read in the article' })).toHaveAttribute(
    'href',
    `?view=read&article=${rferl.id}`,
  );
});

test('corpus text is shown as text, never as HTML', async ({ page }) => {
  const c = fresh();
  c.questions[0].text = 'Is Russia <em>violating</em> the <img src=x onerror="window.pwned=1"> treaty?';
  c.questions[0].short = '<b>Short</b>';
  c.sides[1].name = '<i>Russia</i>';
  c.facts[0].topic = '<script>window.pwned=1</script>Bans';
  await serveCorpus(page, c);
  await page.goto('./');
  await expect(page.locator('#q-russia-violates')).toContainText('Is Russia <em>violating</em> the <img');
  await expect(page.locator('.glance-table')).toContainText('<b>Short</b>');
  await expect(page.locator('.compare-table thead')).toContainText('<i>Russia</i>');
  await expect(page.locator('[data-fact-id] h4').first()).toHaveText('<script>window.pwned=1</script>Bans');
  await expect(page.locator('.compare-view em, .compare-view img, .compare-view b, .compare-view i, .compare-view script')).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
});

test('at 360 px the table becomes one card per question, each side labelled', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('./');
  await expect(page.locator('.compare-table')).toBeVisible();
  // Nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.locator('.compare-table')).toHaveCSS('display', 'block');
  const row = tableRow(page, 'missile-defense');
  const cells = row.locator('td');
  await expect(cells).toHaveCount(3);
  // Each cell shows its side's name in a visible label, and the cells are stacked.
  const labels = ['United States', 'Russia', 'NATO'];
  let lastBottom = -1;
  for (let i = 0; i < 3; i++) {
    const label = cells.nth(i).locator('.cell-side');
    await expect(label).toBeVisible();
    await expect(label).toHaveText(labels[i]);
    const box = await cells.nth(i).boundingBox();
    expect(box.y).toBeGreaterThanOrEqual(lastBottom - 1);
    expect(box.width).toBeGreaterThan(250);
    lastBottom = box.y + box.height;
  }
  await expect(cells.nth(2)).toContainText('No claim in these articles');
  // The glance grid fits too, without scrolling sideways.
  const glance = await page.locator('.glance-table').boundingBox();
  expect(glance.x + glance.width).toBeLessThanOrEqual(360);
});

test('at 1440 px the sides stand next to each other across the width', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  const table = await page.locator('.compare-table').boundingBox();
  expect(table.width).toBeGreaterThan(1300);
  const row = tableRow(page, 'russia-violates');
  const boxes = await Promise.all([0, 1, 2].map((i) => row.locator('td').nth(i).boundingBox()));
  expect(Math.abs(boxes[0].y - boxes[2].y)).toBeLessThan(2);
  expect(boxes[1].x).toBeGreaterThan(boxes[0].x + boxes[0].width - 2);
  // On a wide screen the column headers name the sides; the per-cell labels are not repeated.
  await expect(row.locator('.cell-side').first()).toBeHidden();
});

test('a corpus of 100,000 claims renders capped cells, not every claim', async ({ page }) => {
  test.setTimeout(90_000);
  const c = fresh();
  const seed = c.claims;
  const claims = [];
  const copies = Math.ceil(100_000 / seed.length);
  for (let k = 0; k < copies; k++) for (const { summary, ...cl } of seed) claims.push({ ...cl, id: `${cl.id}-${k}` });
  c.claims = claims;
  await serveCorpus(page, c);
  await page.goto('./');
  await expect(page.locator('.compare-table')).toBeVisible({ timeout: 60_000 });
  const shown = await page.locator('[data-claim-id]').count();
  expect(shown).toBeLessThanOrEqual(corpus.questions.length * corpus.sides.length * 5);
  const n = claimsOf('us', 'russia-violates').length * copies;
  await expect(glanceCell(page, 'us', 'russia-violates').locator('.glance-value')).toHaveText(`${n} · Yes`);
  await expect(tableCell(page, 'us', 'russia-violates').getByRole('link', { name: new RegExp(`Show all ${n} claims`) })).toBeVisible();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no accessibility violation (${colorScheme})`, async ({ browser }) => {
    // Three full axe runs: on a loaded 2-core machine one takes up to ~15 s.
    test.setTimeout(90_000);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    for (const [url, width] of [['./', 1440], ['./', 360], ['./?side=russia,us&q=treaty', 1024]]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      await expect(page.locator('.compare-table')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), `${url} at ${width}px`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
}
