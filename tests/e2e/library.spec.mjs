// Bring your own articles: import a corpus file, keep it in the browser (reload, offline), switch
// and delete it, export the claims shown as CSV and JSON, copy a citation; broken files are
// refused with their own message and nothing already loaded changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse as parseCsv } from 'csv-parse/sync';
import { test, expect } from './fixtures.mjs';
import { corpus, shownClaimIds } from './corpus.mjs';
import { importFile, manyClaims, openLibrary, recordTexts, threeArticles } from './import.mjs';
import { startServer } from './server.mjs';

const clone = (x) => JSON.parse(JSON.stringify(x));
const THREE = threeArticles();

async function importThree(page) {
  await openLibrary(page);
  await importFile(page, THREE, 'my-inf.json');
  await expect(page).toHaveURL(/[?&]corpus=my-inf-corpus/);
  await expect(page.locator('#sources-heading')).toHaveText('3 articles');
}

test('a valid corpus of three articles imports, opens, and survives a reload', async ({ page }) => {
  await importThree(page);
  await expect(page.locator('.corpus-name')).toContainText('My INF reading list');
  await expect(page.locator('.corpus-name')).toContainText('kept in this browser');
  await page.reload();
  await expect(page.locator('#sources-heading')).toHaveText('3 articles');
  await page.getByRole('link', { name: 'Claims', exact: true }).click();
  await expect(page.locator('.result-count')).toHaveText(`All ${THREE.claims.length} claims`);
  // Links inside the imported corpus keep naming it.
  const read = page.locator('.claim-list .claim').first().getByRole('link', { name: 'Read in the article' });
  await expect(read).toHaveAttribute('href', /corpus=my-inf-corpus/);
});

test('an imported corpus opens offline, with its host down', async ({ page, context }) => {
  test.setTimeout(120_000);
  // A server of its own, to stop: really offline, not only the browser told so.
  const server = await startServer();
  try {
    await page.goto(`${server.url}?view=library`);
    await importFile(page, THREE, 'my-inf.json');
    await expect(page).toHaveURL(/[?&]corpus=my-inf-corpus/);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    await context.setOffline(true);
    await server.close();
    await page.reload();
    await expect(page.locator('#sources-heading')).toHaveText('3 articles');
    await expect(page.locator('.corpus-name')).toContainText('My INF reading list');
    // The failed update check has had time to fail, unhandled or not (see fixtures.mjs).
    await page.waitForTimeout(3000);
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});

test('the library lists the corpora, switches between them and deletes after a confirmation', async ({ page }) => {
  await importThree(page);
  await page.getByRole('link', { name: 'Library' }).click();
  const mine = page.locator('.corpus[data-corpus-id="my-inf-corpus"]');
  await expect(mine).toContainText('My INF reading list');
  await expect(mine).toContainText(`3 articles · ${THREE.claims.length} claims`);
  await expect(mine).toContainText('Open now');
  // Switch to the bundled articles and back.
  await page.locator('.corpus[data-corpus-id="bundled"]').getByRole('link', { name: 'Open' }).click();
  await expect(page.locator('#sources-heading')).toHaveText(`${corpus.articles.length} articles`);
  await expect(page).not.toHaveURL(/corpus=/);
  await page.getByRole('link', { name: 'Library' }).click();
  await mine.getByRole('link', { name: 'Open' }).click();
  await expect(page.locator('#sources-heading')).toHaveText('3 articles');
  // Delete: asked first, "Keep it" keeps it.
  await page.getByRole('link', { name: 'Library' }).click();
  await mine.getByRole('button', { name: 'Delete…' }).click();
  await expect(mine).toContainText('Links to it will stop working here');
  await mine.getByRole('button', { name: 'Keep it' }).click();
  await expect(mine).toBeVisible();
  await mine.getByRole('button', { name: 'Delete…' }).click();
  await mine.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(mine).toHaveCount(0);
  // It was the open corpus: the bundled one is open now.
  await expect(page).not.toHaveURL(/corpus=/);
  await expect(page.locator('.corpus[data-corpus-id="bundled"]')).toContainText('Open now');
  await page.reload();
  await expect(page.locator('.corpus[data-corpus-id="my-inf-corpus"]')).toHaveCount(0);
});

test('a link to a corpus this browser does not hold says so and shows no claims', async ({ page }) => {
  await page.goto('./?corpus=someone-elses&view=claims');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('which this browser does not hold');
  await expect(page.locator('.claim-list')).toHaveCount(0);
  await page.getByRole('link', { name: 'Open the articles that come with Claimscope' }).click();
  await expect(page.locator('#sources-heading')).toHaveText(`${corpus.articles.length} articles`);
});

test('the link to a missing corpus offers the import, which then opens it', async ({ page }) => {
  await page.goto('./?corpus=my-inf-corpus');
  await expect(page.getByRole('alert')).toContainText('does not hold');
  await importFile(page, THREE);
  await expect(page.locator('#sources-heading')).toHaveText('3 articles');
});

/** Broken variants of the three-article corpus, each with the words its refusal must contain. */
const BROKEN = [
  ['malformed JSON', () => JSON.stringify(THREE).slice(0, 500), /This is not valid JSON/],
  ['a wrong schema version', () => ({ ...clone(THREE), schema: 2 }), /schema version 2; this version of Claimscope reads version 1/],
  [
    'a quote not in its paragraph',
    () => {
      const c = clone(THREE);
      c.claims[3].quote = 'Words nobody wrote in this paragraph';
      return c;
    },
    /claims\[3\]\.quote/,
  ],
  [
    'a duplicate id',
    () => {
      const c = clone(THREE);
      c.claims[5].id = c.claims[4].id;
      return c;
    },
    /claims\[5\]\.id: the id “[^”]+” is already used by claims\[4\]/,
  ],
  [
    'a dangling reference',
    () => {
      const c = clone(THREE);
      c.claims[2].speaker = 'nobody-at-all';
      return c;
    },
    /claims\[2\]\.speaker: .*nobody-at-all/,
  ],
];

for (const [what, make, message] of BROKEN) {
  test(`a file with ${what} is refused with its own message and the open corpus stays`, async ({ page }) => {
    await importThree(page);
    await page.getByRole('link', { name: 'Library' }).click();
    const before = page.url();
    await importFile(page, make(), 'broken.json');
    const alert = page.locator('.import-error');
    await expect(alert).toContainText('broken.json was not imported');
    await expect(alert).toContainText('Nothing you had has changed');
    await expect(alert).toContainText(message);
    expect(page.url()).toBe(before);
    await expect(page.locator('#sources-heading')).toHaveText('3 articles');
    await expect(page.locator('.corpus[data-corpus-id="my-inf-corpus"]')).toContainText(`${THREE.claims.length} claims`);
  });
}

test('a 60 MB file is refused before it is read, naming the limit', async ({ page }) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-big-')), 'huge.json');
  fs.writeFileSync(file, Buffer.alloc(60 * 1024 * 1024, 0x20));
  try {
    await openLibrary(page);
    await page.locator('#import-file').setInputFiles(file);
    const alert = page.locator('.import-error');
    await expect(alert).toContainText('huge.json was not imported');
    await expect(alert).toContainText('The file is 60.0 MB; the limit is 50 MB.');
    await expect(page.locator('#sources-heading')).toHaveText(`${corpus.articles.length} articles`);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});

test('an import the browser has no room for says so, with the sizes, and keeps nothing', async ({ page, context }) => {
  await openLibrary(page);
  const origin = new URL(page.url()).origin;
  const cdp = await context.newCDPSession(page);
  // The browser allows this site 64 KB: less than the file needs.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 64 * 1024 });
  await importFile(page, THREE, 'three.json');
  const alert = page.locator('.import-error');
  await expect(alert).toContainText('three.json was not imported');
  await expect(alert).toContainText("The browser's storage for this site is full");
  // Chromium's estimate does not reflect the quota set here: either wording may be the one said.
  await expect(alert).toContainText(/It needs about \d+ KB(, and only [\d.]+ (bytes|KB|MB) (is|are) free|; the browser reports [\d.]+ (KB|MB|GB) free)/);
  await expect(alert).toContainText('Nothing you had has changed');
  await expect(alert.getByRole('link', { name: 'See the corpora kept in this browser' })).toBeVisible();
  await expect(page.locator('.corpus[data-corpus-id="my-inf-corpus"]')).toHaveCount(0);
  await expect(page.locator('#sources-heading')).toHaveText(`${corpus.articles.length} articles`);
  // With room again, the same file is kept.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await importFile(page, THREE, 'three.json');
  await expect(page.locator('#sources-heading')).toHaveText('3 articles');
  await page.reload();
  await expect(page.locator('#sources-heading')).toHaveText('3 articles');
});

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

test('the claims shown export to CSV (RFC 4180) with one row per claim', async ({ page }) => {
  await importThree(page);
  await page.goto('./?corpus=my-inf-corpus&view=claims&side=nato,us&q=missile');
  await expect(page.locator('.claim-list .claim').first()).toBeVisible();
  const shown = await shownClaimIds(page);
  expect(shown.length).toBeGreaterThan(1);
  const { name, text } = await download(page, 'Download CSV');
  expect(name).toBe(`claimscope-my-inf-corpus-${shown.length}-claims.csv`);
  expect(text).toContain('\r\n');
  const rows = parseCsv(text, { bom: true, columns: true });
  expect(rows.map((r) => r.claim)).toEqual(shown);
  for (const row of rows) {
    const claim = THREE.claims.find((c) => c.id === row.claim);
    const article = THREE.articles.find((a) => a.id === claim.article);
    expect(row.quote).toBe(claim.quote);
    expect(row.speaker).toBe(THREE.speakers.find((s) => s.id === claim.speaker).name);
    expect(row.side).toBe(THREE.sides.find((s) => s.id === claim.side).name);
    expect(row.outlet).toBe(article.outlet);
    expect(row.article).toBe(article.title);
    expect(row.date).toBe(article.published);
    expect(row.address).toBe(article.url);
    expect(row.kind).toBe(claim.kind);
  }
  await expect(page.locator('.export-status')).toHaveText(`Saved ${name}.`);
});

test('a quote that a spreadsheet would run as a formula is exported to CSV as text, and to JSON exactly', async ({ page }) => {
  const c = clone(THREE);
  const claim = clone(c.claims.find((cl) => cl.article.endsWith('-reprint')));
  const paragraph = c.articles.flatMap((a) => a.paragraphs).find((p) => p.id === claim.paragraph);
  const formula = '=HYPERLINK("http://x","click")';
  const start = [...paragraph.text].length + 1;
  paragraph.text += ` ${formula}`;
  Object.assign(claim, { id: 'formula-claim', quote: formula, start, end: start + formula.length });
  c.claims.push(claim);
  await openLibrary(page);
  await importFile(page, c);
  await expect(page.locator('#sources-heading')).toHaveText('3 articles');
  await page.goto(`./?corpus=my-inf-corpus&view=claims&q=${encodeURIComponent('hyperlink')}`);
  await expect(page.locator('.claim-list [data-claim-id="formula-claim"]')).toContainText(formula);
  const csv = parseCsv((await download(page, 'Download CSV')).text, { bom: true, columns: true });
  const row = csv.find((r) => r.claim === 'formula-claim');
  expect(row.quote).toBe(`'${formula}`);
  const json = JSON.parse((await download(page, 'Download JSON')).text);
  expect(json.claims.find((cl) => cl.id === 'formula-claim').quote).toBe(formula);
});

test('the claims shown export to JSON that re-imports to the same claims', async ({ page }) => {
  await importThree(page);
  await page.goto('./?corpus=my-inf-corpus&view=claims&side=russia&kind=warning,threat');
  await expect(page.locator('.claim-list .claim').first()).toBeVisible();
  const shown = await shownClaimIds(page);
  expect(shown.length).toBeGreaterThan(1);
  const { text } = await download(page, 'Download JSON');
  const exported = JSON.parse(text);
  expect(exported.schema).toBe(1);
  expect(exported.claims.map((c) => c.id).sort()).toEqual([...shown].sort());
  await page.getByRole('link', { name: 'Library' }).click();
  await importFile(page, text, 'selection.json');
  await expect(page).toHaveURL(new RegExp(`corpus=${exported.id}`));
  await page.getByRole('link', { name: 'Claims', exact: true }).click();
  await expect(page.locator('.result-count')).toHaveText(`All ${shown.length} claims`);
  expect((await shownClaimIds(page)).sort()).toEqual([...shown].sort());
  // The corpus it came from is still kept.
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.locator('.corpus[data-corpus-id="my-inf-corpus"]')).toBeVisible();
});

test('Copy citation copies speaker, quote, outlet, headline, date and address', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const claim = corpus.claims.find((c) => c.attribution === 'direct');
  await page.goto(`./?view=claims&speaker=${claim.speaker}`);
  const card = page.locator(`.claim[data-claim-id="${claim.id}"]`);
  await card.getByRole('button', { name: 'Copy citation' }).click();
  await expect(card.locator('.copy-status')).toHaveText('Citation copied.');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const article = corpus.articles.find((a) => a.id === claim.article);
  const speaker = corpus.speakers.find((s) => s.id === claim.speaker);
  expect(text.startsWith(speaker.name)).toBe(true);
  for (const part of [`“${claim.quote}”`, article.outlet, `“${article.title}”`, article.url]) expect(text).toContain(part);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violation in the library view (${colorScheme})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, colorScheme });
    const page = await context.newPage();
    await openLibrary(page);
    await importFile(page, '{"schema": 1', 'broken.json');
    await expect(page.locator('.import-error')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await context.close();
  });
}

test('a corpus file dropped on the drop zone imports', async ({ page }) => {
  await openLibrary(page);
  const text = JSON.stringify(THREE);
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, text);
  const zone = page.locator('.drop-zone');
  await zone.dispatchEvent('dragover', { dataTransfer });
  await expect(zone).toHaveClass(/over/);
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(page).toHaveURL(/corpus=my-inf-corpus/);
  await expect(page.locator('#sources-heading')).toHaveText('3 articles');
});

test('importing a corpus with the id of a kept one asks before replacing it', async ({ page }) => {
  await importThree(page);
  await page.getByRole('link', { name: 'Library' }).click();
  const newer = { ...clone(THREE), title: 'My INF reading list, revised' };
  await importFile(page, newer, 'revised.json');
  const ask = page.locator('.import-confirm');
  await expect(ask).toContainText('already keeps one with that id: “My INF reading list”');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toHaveCount(0);
  await expect(page.locator('.corpus[data-corpus-id="my-inf-corpus"] .corpus-title')).toHaveText('My INF reading list');
  await importFile(page, newer, 'revised.json');
  await page.locator('.import-confirm').getByRole('button', { name: 'Replace it' }).click();
  await expect(page.locator('.corpus-name')).toContainText('My INF reading list, revised');
  await page.reload();
  await expect(page.locator('.corpus-name')).toContainText('My INF reading list, revised');
});

test('a large import says how far its checks got, then opens', async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript(recordTexts, '.import-status');
  await openLibrary(page);
  await importFile(page, manyClaims(30_000), 'many.json');
  await expect(page).toHaveURL(/corpus=many-claims/, { timeout: 30_000 });
  await page.getByRole('link', { name: 'Claims', exact: true }).click();
  await expect(page.locator('.result-count')).toHaveText('All 30,000 claims');
  const said = await page.evaluate(() => window.__said);
  expect(said[0]).toBe('Checking many.json…');
  const checking = said.filter((s) => /^Checking many\.json: [\d,]+ of 30,000 claims…$/.test(s));
  expect(checking.length, said.join(' | ')).toBeGreaterThan(0);
});
