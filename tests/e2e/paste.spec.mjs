// Add an article by pasting its text: candidate claims are proposed, the person keeps or drops
// them, and the article is saved with them as a corpus kept in the browser.
import fs from 'node:fs';
import path from 'node:path';
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
