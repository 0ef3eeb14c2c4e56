// Hostile input, as a person or a link could bring it: the corpus files of `hostile/` (each with
// what a person should see, in `hostile/cases.json`; the same files are read natively by
// core/tests/hostile.rs) imported through the Library, and a few hundred generated links. Nothing
// may blank the page, freeze it, run text as HTML, or change what was kept; every refusal is in
// plain words.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { corpus } from './corpus.mjs';
import { openLibrary } from './import.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, 'hostile');
const cases = JSON.parse(fs.readFileSync(path.join(dir, 'cases.json'), 'utf8'));
const RAW_WORDS = /unexpected end|invalid type|EOF while|expected `|panicked|RuntimeError|undefined/;

for (const [file, expected] of Object.entries(cases)) {
  test(`the corpus file ${file} is ${expected.refused ? 'refused in plain words' : 'accepted as text'}`, async ({ page }) => {
    await openLibrary(page);
    const before = page.url();
    const title = await page.title();
    await page.locator('#import-file').setInputFiles({
      name: file,
      mimeType: 'application/json',
      buffer: fs.readFileSync(path.join(dir, file)),
    });
    if (expected.refused) {
      const alert = page.locator('.import-error');
      await expect(alert).toContainText(`${file} was not imported`);
      await expect(alert).toContainText('Nothing you had has changed');
      await expect(alert).toContainText(expected.refused);
      expect(await alert.innerText()).not.toMatch(RAW_WORDS);
      expect(page.url()).toBe(before);
      await expect(page.locator('#sources-heading')).toHaveText(`${corpus.articles.length} articles`);
      await expect(page.locator('.corpus[data-corpus-id="hostile"]')).toHaveCount(0);
    } else {
      await expect(page).toHaveURL(/[?&]corpus=hostile/);
      await expect(page.locator('#sources-heading')).toHaveText(/^\d+ articles?$/);
      if (expected.text) {
        // Shown as the text it is, everywhere; never run.
        await page.goto('./?corpus=hostile&view=read');
        await expect(page.getByText(expected.text).first()).toBeVisible();
        await page.goto('./?corpus=hostile&view=claims');
        await expect(page.locator('.claim-list [data-claim-id]').first()).toBeVisible();
        await page.goto('./?corpus=hostile');
        await expect(page.locator('.tabs a[aria-current=page]')).toHaveText('Compare');
        expect(await page.locator('img[src=x]').count()).toBe(0);
        const scripts = await page.evaluate(() => [...document.scripts].filter((s) => s.text.includes("'run'")).length);
        expect(scripts).toBe(0);
        expect(await page.title()).not.toBe('run');
      }
      expect(title).not.toBe('run');
    }
    await expect(page.locator('#fatal-error')).toHaveCount(0);
  });
}

/** A small deterministic generator (mulberry32), so a failing link can be found again by its seed. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['view', 'side', 'speaker', 'question', 'kind', 'attribution', 'article', 'q', 'claim', 'corpus', 'sort', 'zz', '__proto__', 'constructor', 'VIEW', 'side[]', '', '%', 'q%00'];
const VALUES = [
  'claims', 'read', 'timeline', 'compare', 'library', 'add', 'nato', 'russia,us', 'us,,us', '-1', '1e999', '9'.repeat(400),
  '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'javascript:alert(1)', '../../etc/passwd', '%', '%E0%A4%A', '%FF%FE',
  '%00', '\u202e', '😀'.repeat(50), 'a'.repeat(5000), '%2C%2C', ' ', '+', '#', 'rferl-us-threatens-exit', 'true', 'null', '{}', '[]',
];

test('a few hundred generated hostile links leave the page working and name what they ignored', async ({ page }) => {
  test.setTimeout(120_000);
  const next = random(20261201);
  const pick = (list) => list[Math.floor(next() * list.length)];
  await page.goto('./');
  await expect(page.locator('.tabs a[aria-current=page]')).toHaveText('Compare');
  const LINKS = 300;
  for (let i = 0; i < LINKS; i += 1) {
    // The parameter nobody knows comes first: a raw "#" in a later value starts the fragment.
    const unknown = `zz${i}`;
    const parts = [`${unknown}=1`];
    const n = 1 + Math.floor(next() * 5);
    for (let j = 0; j < n; j += 1) {
      const value = pick(VALUES);
      parts.push(`${pick(NAMES)}=${next() < 0.5 ? value : encodeURIComponent(value)}`);
    }
    const href = `./?${parts.join('&')}`;
    if (i % 25 === 0) {
      // Now and then a whole new page, as a shared link opens.
      await page.goto(href);
    } else {
      // Otherwise as the app's own navigation does it: the link is read again, in place.
      await page.evaluate((h) => {
        history.pushState(null, '', h);
        dispatchEvent(new PopStateEvent('popstate'));
      }, href);
    }
    const context = `link ${i}: ${href.slice(0, 300)}`;
    await expect(page.locator('#main'), context).not.toBeEmpty();
    await expect(page.locator('#fatal-error'), context).toHaveCount(0);
    // The link always holds one parameter nobody knows: it is named as ignored, unless the link
    // names a corpus this browser does not hold, which is said instead.
    const ignored = page.getByRole('status', { name: 'Parts of the link that were ignored' });
    const notHeld = page.locator('.load-error').filter({ hasText: 'which this browser does not hold' });
    // This link's own outcome, not the last link's notice still on the page while it loads.
    await expect(ignored.filter({ hasText: unknown }).or(notHeld), context).toBeVisible();
  }
  expect(await page.locator('img[src=x]').count()).toBe(0);
});
