// Offline use, installability and updates, against the release build in real Chromium.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { DIST, ROOT, startServer } from './server.mjs';
import { importFile, threeArticles } from './import.mjs';

// Installing a service worker precaches the whole build: give it time on a loaded machine.
test.describe.configure({ timeout: 120_000 });

/** A copy of the release build in a folder of its own, served on its own port. */
async function deploy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-site-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const server = await startServer(dir);
  return { dir, server };
}

/** Turns the build in `dir` into a new version: a marked page, a new service worker. */
function deployVersion2(dir) {
  const index = path.join(dir, 'index.html');
  const html = fs.readFileSync(index, 'utf8').replace('<title>', '<meta name="claimscope-build" content="v2"><title>');
  fs.writeFileSync(index, html);
  execFileSync('cargo', ['xtask', 'pwa', dir], { cwd: ROOT, stdio: 'ignore' });
}

async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
}

test('once loaded, the app works offline with its host down, shared links included, with no error', async ({ page, context }) => {
  const { server } = await deploy();
  try {
    await page.goto(server.url);
    await expect(page.locator('.tabs a[aria-current=page]')).toHaveText('Compare');
    await waitForServiceWorker(page);
    // Really offline: the browser says so, and nothing answers at the address (setOffline alone
    // still let the service worker's update check reach the server).
    await context.setOffline(true);
    await server.close();
    await page.reload();
    await expect(page.locator('.tabs a[aria-current=page]')).toHaveText('Compare');
    await expect(page.locator('.sources [data-article-id]')).toHaveCount(2);
    await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
    // The page's check for a new version fails with the host down; give it time to fail (the
    // fixture fails the test on any unhandled rejection or console error it causes).
    await page.waitForTimeout(3000);

    await page.goto(`${server.url}?view=claims&side=nato`);
    const claims = page.locator('.claim-list [data-claim-id]');
    await expect(claims.first()).toBeVisible();
    const sides = await claims.evaluateAll((els) => els.map((e) => e.dataset.side));
    expect(sides.length).toBeGreaterThan(0);
    expect(new Set(sides)).toEqual(new Set(['nato']));
    await page.waitForTimeout(3000);
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});

test('a new deployment is offered, then loaded whole, and the old cache is gone', async ({ page, context }) => {
  const { dir, server } = await deploy();
  try {
    await page.goto(server.url);
    await waitForServiceWorker(page);
    const v1Caches = await page.evaluate(() => caches.keys());
    expect(v1Caches).toHaveLength(1);

    deployVersion2(dir);
    await page.reload();
    // The page keeps running on version 1 and offers version 2.
    const notice = page.getByRole('alert').filter({ hasText: 'A new version is available' });
    await expect(notice).toBeVisible({ timeout: 60_000 });
    expect(await page.locator('meta[name=claimscope-build]').count()).toBe(0);

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await expect(page.locator('meta[name=claimscope-build]')).toHaveAttribute('content', 'v2');
    await expect(page.locator('.sources [data-article-id]')).toHaveCount(2);

    const caches = await page.evaluate(() => caches.keys());
    expect(caches).toHaveLength(1);
    expect(caches[0]).not.toBe(v1Caches[0]);

    await context.setOffline(true);
    await server.close();
    await page.reload();
    await expect(page.locator('meta[name=claimscope-build]')).toHaveAttribute('content', 'v2');
    await expect(page.locator('.sources [data-article-id]')).toHaveCount(2);
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});

test('Chrome finds the app installable; the manifest and every icon load', async ({ playwright, request }, testInfo) => {
  // Installability is not reported in incognito contexts: use a persistent profile.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-profile-'));
  const context = await playwright.chromium.launchPersistentContext(profile, testInfo.project.use.launchOptions);
  try {
    const page = await context.newPage();
    await page.goto(testInfo.project.use.baseURL);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const manifest = await (await request.get('manifest.webmanifest')).json();
  expect(manifest.start_url).toBe('./');
  expect(manifest.scope).toBe('./');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512', '512x512']);
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const res = await request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
  }
});

test('the page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('./');
  const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain('unsafe-inline');
  // Requests may leave the origin only for a corpus published at an https address (src=), after
  // the person's yes; nothing else.
  expect(csp).toContain("connect-src 'self' https:;");
  expect(csp).not.toContain("'unsafe-eval'");
  // The app ran under it (a violation would be a console error and fail the test).
  await expect(page.locator('.sources [data-article-id]')).toHaveCount(2);
});

test.describe('a build that cannot start', () => {
  // (The program's loader is imported once the landing is painted: a script that cannot arrive is
  // a failed dynamic import.)
  test.use({ allowedConsoleErrors: /Failed to load resource|Wasm|Failed to fetch dynamically imported module/i, waitForTakeover: false });
  test('a failed wasm load shows an error with a reload link, not a blank page', async ({ page }) => {
    await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Claimscope could not start');
    await expect(alert.getByRole('link', { name: 'Reload' })).toBeVisible();
  });

  test('a stylesheet, icon or manifest that fails to load does not say the app could not start', async ({ page }) => {
    await page.route(/(\.css|\.png|manifest\.webmanifest)$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto('./');
    await expect(page.locator('.tabs a[aria-current=page]')).toHaveText('Compare');
    await expect(page.locator('#fatal-error')).toHaveCount(0);
  });

  test('a first visit that loses the connection before any script arrives shows why, with Reload', async ({ page }) => {
    await page.route(/\.(js|wasm)$/, (route) => route.abort('internetdisconnected'));
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Claimscope could not start');
    await expect(alert).toContainText('did not load');
    await expect(alert.getByRole('link', { name: 'Reload' })).toHaveAttribute('href', /127\.0\.0\.1/);
  });

  test('a program still not there after 15 s is named, with Reload; the notice goes once it starts', async ({ page }) => {
    await page.clock.install();
    let release;
    const gate = new Promise((r) => {
      release = r;
    });
    await page.route(/\.wasm$/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto('./', { waitUntil: 'domcontentloaded' });
    const notice = page.getByRole('alert').filter({ hasText: 'taking long to start' });
    await expect(page.locator('#fatal-error')).toHaveCount(0);
    await page.clock.fastForward(16_000);
    await expect(notice).toContainText('has not arrived after 15 seconds');
    await expect(notice.getByRole('link', { name: 'Reload' })).toBeVisible();
    release();
    await expect(page.locator('.tabs a[aria-current=page]')).toHaveText('Compare');
    await expect(notice).toHaveCount(0);
  });
});

test('an imported corpus survives a new deployment', async ({ page, context }) => {
  const { dir, server } = await deploy();
  try {
    await page.goto(`${server.url}?view=library`);
    await waitForServiceWorker(page);
    await importFile(page, threeArticles());
    await expect(page.locator('#sources-heading')).toHaveText('3 articles');
    deployVersion2(dir);
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'A new version is available' });
    await expect(notice).toBeVisible({ timeout: 60_000 });
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await expect(page.locator('meta[name=claimscope-build]')).toHaveAttribute('content', 'v2');
    await expect(page).toHaveURL(/corpus=my-inf-corpus/);
    await expect(page.locator('#sources-heading')).toHaveText('3 articles');
    await expect(page.locator('.corpus-name')).toContainText('My INF reading list');
  } finally {
    await server.close();
  }
});
