// Takes the README's screenshots from the release build: `node tests/e2e/screenshots.mjs`
// after `trunk build --release` (the page is served on 127.0.0.1 only).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startServer } from './server.mjs';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
// [file, link, width, height, what to do first]; 360 × 780 is a phone, with touch.
const openFilters = (page) => page.getByRole('button', { name: /^Filters/ }).click();
const shots = [
  ['compare.png', '', 1440, 1100],
  ['claims-filtered.png', '?view=claims&side=russia,us&question=russia-violates&q=violation', 1440, 1000],
  ['compare-360.png', '', 360, 800],
  ['phone-compare.png', '', 360, 780],
  ['phone-claims.png', '?view=claims', 360, 780],
  ['phone-claims-filters.png', '?view=claims&side=russia', 360, 780, openFilters],
  ['phone-read.png', '?view=read', 360, 780],
];

const server = await startServer();
// Debian's Chromium with the flags of webdriver.json, as in the tests.
const chrome = JSON.parse(fs.readFileSync(new URL('../../webdriver.json', import.meta.url)))['goog:chromeOptions'];
const browser = await chromium.launch({ executablePath: chrome.binary, args: chrome.args.filter((a) => !a.startsWith('--headless')) });
try {
  for (const [file, query, width, height, first] of shots) {
    const phone = width < 400 ? { isMobile: true, hasTouch: true } : {};
    const page = await browser.newPage({ viewport: { width, height }, ...phone });
    await page.goto(server.url + query);
    await page.locator('[data-claim-id]').first().waitFor();
    if (first) await first(page);
    await page.screenshot({ path: path.join(out, file) });
    await page.close();
    console.log(`docs/screenshots/${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
