// Add an article by pasting its text: candidate claims are proposed, the person keeps or drops
// them, and the article is saved with them as a corpus kept in the browser.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { corpus } from './corpus.mjs';
import { openLibrary } from './import.mjs';
import { ROOT } from './server.mjs';

const sources = path.join(ROOT, 'data/sources');
const voaText = fs.readFileSync(
  path.join(sources, fs.readdirSync(sources).find((f) => f.startsWith('002_'))),
  'utf8',
);
const voaClaims = corpus.claims.filter((c) => c.article === 'voa-2018-10-24-inf').length;

test('pasting a seed article proposes its claims, and saving keeps it with them', async ({ page }) => {
  await openLibrary(page);
  await page.getByLabel('Outlet').fill('VOA');
  await page.getByLabel('Published').fill('2018-10-24');
  await page.getByLabel('Address').fill('https://www.voanews.com/a/putin-us-exit-from-treaty-would-spur-new-arms-race/4626153.html');
  await page.getByLabel("The article's text, pasted").fill(voaText);
  await page.getByRole('button', { name: 'Find claims' }).click();
  const candidates = page.locator('.candidates .candidate');
  const status = page.locator('.add-article .status');
  await expect(status).toContainText('found');
  const found = Number((await status.innerText()).match(/^(\d+) candidate claims found/)[1]);
  await expect(candidates).toHaveCount(Math.min(found, 20));
  // Most of the curated claims of the article are proposed.
  expect(found).toBeGreaterThanOrEqual(Math.ceil(voaClaims / 2));
  // Candidates are text, each marked in its paragraph.
  await expect(candidates.first().locator('.context mark')).toHaveCount(1);
  // Drop the first one.
  await candidates.first().locator('.keep input').uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/corpus=my-articles/);
  await expect(page.locator('#sources-heading')).toHaveText(`${corpus.articles.length + 1} articles`);
  await page.getByRole('link', { name: 'Claims', exact: true }).click();
  await expect(page.locator('.result-count')).toHaveText(`All ${corpus.claims.length + found - 1} claims`);
  await page.reload();
  await expect(page.locator('.result-count')).toHaveText(`All ${corpus.claims.length + found - 1} claims`);
});

test('an article that breaks a rule is not saved, and says why', async ({ page }) => {
  await openLibrary(page);
  await page.getByLabel("The article's text, pasted").fill(voaText);
  await page.getByRole('button', { name: 'Find claims' }).click();
  await expect(page.locator('.candidates .candidate').first()).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was saved' });
  await expect(alert).toContainText('the address is empty');
  await expect(page).not.toHaveURL(/corpus=/);
  await expect(page.locator('#sources-heading')).toHaveText(`${corpus.articles.length} articles`);
});

// A wire report pasted as it comes off a news page: a navigation line, a dateline, one
// paragraph a line with no blank lines, an advertisement line; the title typed, the body alone.
const wire = [
  'Latest news',
  'GENEVA, March 3 (Meridian News) - Russian Foreign Minister Sergei Lavrov said on Monday that Moscow would answer any deployment in kind.',
  'Advertisement',
  '"We will not be the first to deploy," Lavrov told reporters.',
  'US Trade Representative Jane Roe, speaking in Brussels, said the tariffs would stay.',
  'Talks are set to resume on Friday.',
].join('\n');

test('a real paste: furniture set aside in sight and kept on request, each candidate shown on its line', async ({ page }) => {
  await openLibrary(page);
  await page.getByLabel('Title', { exact: true }).fill('Lavrov warns of response');
  await page.getByLabel("The article's text, pasted").fill(wire);
  await page.getByRole('button', { name: 'Find claims' }).click();
  const status = page.locator('.add-article .status');
  await expect(status).toHaveText('3 candidate claims found. Keep, drop and assign each, then save.');
  const marks = page.locator('.candidates .candidate .context mark');
  await expect(marks).toHaveText([
    'Moscow would answer any deployment in kind.',
    'We will not be the first to deploy',
    'the tariffs would stay.',
  ]);
  // The speaker's words name the corpus's side for a new speaker: the United States.
  const third = page.locator('.candidates .candidate').nth(2);
  await expect(third.locator('.how')).toContainText('“US Trade Representative Jane Roe” said');
  // What was set aside, with the line of each.
  const aside = page.locator('.set-aside');
  await expect(aside.locator('summary')).toHaveText('Set aside, not read for claims: 3 lines');
  await aside.locator('summary').click();
  await expect(aside.locator('li')).toHaveText([
    'Line 1, page furniture: Latest news Keep as text',
    'Line 2, page furniture: GENEVA, March 3 (Meridian News) - Keep as text',
    'Line 3, page furniture: Advertisement Keep as text',
  ]);
  // A candidate's line, selected in the pasted text.
  await third.getByRole('button', { name: 'line 5 of the text' }).click();
  const selected = await page.locator('#add-text').evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
  expect(selected).toBe('US Trade Representative Jane Roe, speaking in Brussels, said the tariffs would stay.');
  // Keep the dateline as text: read again, it is in the first paragraph.
  await aside.locator('li').nth(1).getByRole('button', { name: 'Keep as text' }).click();
  await expect(aside.locator('li')).toHaveCount(2);
  await expect(aside.locator('.kept')).toContainText('Kept as text: 1 line (line 2).');
  await expect(page.locator('.candidates .candidate .context').first()).toContainText('GENEVA, March 3 (Meridian News) - Russian Foreign Minister');
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violation in the paste form with what was set aside open (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await openLibrary(page);
    await page.getByLabel("The article's text, pasted").fill(wire);
    await page.getByRole('button', { name: 'Find claims' }).click();
    await expect(page.locator('.candidates .candidate').first()).toBeVisible();
    await page.locator('.set-aside summary').click();
    await expect(page.locator('.set-aside li').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await context.close();
  });
}
