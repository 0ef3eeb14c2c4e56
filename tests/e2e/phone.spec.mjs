// On a phone (360 × 780, touch, Playwright's mobile emulation): every view's content on the first
// screen, no sideways scrolling down to 320 px, the Claims filters in a panel whose state is in
// the link, and axe in light and dark with the panel open. Desktop keeps its layout.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';

const PHONE = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** The top of the first element of `selector`, in CSS px from the top of the page. */
async function topOf(page, selector) {
  const first = page.locator(selector).first();
  await expect(first).toBeVisible();
  return first.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
}

async function noSidewaysScroll(page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(width);
}

test.describe('on a phone', () => {
  test.use(PHONE);

  for (const [link, content] of [
    ['./', '.glance-table tbody td'],
    ['./?view=claims', '.claim-list [data-claim-id]'],
    ['./?view=claims&side=russia', '.claim-list [data-claim-id]'],
    ['./?view=read', '.read-article .claim-span'],
  ]) {
    test(`${link} shows its content within the first 700 px, with no sideways scroll`, async ({ page }) => {
      await page.goto(link);
      const top = await topOf(page, content);
      console.log(`phone 360 × 780, ${link}: content starts at ${Math.round(top)} px`);
      expect(top).toBeLessThan(700);
      await noSidewaysScroll(page);
    });
  }

  test('at 320 px no view scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const view of ['', 'claims', 'read', 'timeline', 'library']) {
      await page.goto(`./?view=${view}`);
      await expect(page.locator('.tabs a[aria-current=page]')).toBeVisible();
      await noSidewaysScroll(page);
    }
  });

  test('the articles fold into one line that opens', async ({ page }) => {
    await page.goto('./');
    const fold = page.locator('.sources');
    await expect(fold.locator('summary')).toHaveText(/^2 articles/);
    await expect(fold.locator('[data-article-id]').first()).toBeHidden();
    await fold.locator('summary').tap();
    await expect(fold.locator('[data-article-id]').first()).toBeVisible();
  });

  test('the tabs and Copy link fit one row', async ({ page }) => {
    await page.goto('./?view=claims');
    await expect(page.locator('.tabs .tab')).toHaveCount(5);
    const tops = await page.locator('.tabs .tab, .explorer-bar .copy-link button').evaluateAll((els) =>
      els.map((e) => Math.round(e.getBoundingClientRect().top)),
    );
    expect(tops.length).toBe(6);
    expect(new Set(tops).size, `tops ${tops}`).toBe(1);
  });

  test('the filters open in a panel, filter, say how many, close, and are in the link', async ({ page }) => {
    await page.goto('./?view=claims');
    const button = page.getByRole('button', { name: /^Filters/ });
    await expect(button).toHaveText('Filters');
    await expect(page.locator('#search')).toBeVisible();
    await button.tap();
    const panel = page.getByRole('dialog', { name: 'Filters' });
    await expect(panel).toBeVisible();
    await panel.locator('[data-facet=side] [data-value=nato] input').tap();
    await expect(page).toHaveURL(/side=nato/);
    const show = panel.getByRole('button', { name: /^Show \d+ claims?$/ });
    const n = Number((await show.innerText()).match(/\d+/)[0]);
    await show.tap();
    await expect(panel).toBeHidden();
    await expect(button).toHaveText('Filters (1)');
    await expect(page.locator('.claim-list [data-claim-id]')).toHaveCount(Math.min(n, 20));
    const sides = await page.locator('.claim-list [data-claim-id]').evaluateAll((els) => els.map((e) => e.dataset.side));
    expect(new Set(sides)).toEqual(new Set(['nato']));
    // The link opens the same view, filters and all.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
  });

  test('touch targets are at least 24 × 24 px', async ({ page }) => {
    for (const link of ['./', './?view=claims', './?view=read']) {
      await page.goto(link);
      await expect(page.locator('.tabs a[aria-current=page]')).toBeVisible();
      const small = await page.locator('.explorer-bar a, .explorer-bar button, .sources summary, .claims-view button, .read-picker summary').evaluateAll((els) =>
        els
          .filter((e) => e.getClientRects().length > 0)
          .map((e) => [e.textContent.trim().slice(0, 30), e.getBoundingClientRect()])
          .filter(([, r]) => r.width < 24 || r.height < 24)
          .map(([t, r]) => `${t}: ${Math.round(r.width)} × ${Math.round(r.height)}`),
      );
      expect(small, link).toEqual([]);
    }
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violation with the filter panel open (${colorScheme})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ ...PHONE, baseURL, colorScheme });
      const page = await context.newPage();
      await page.goto('./?view=claims&side=us');
      await page.getByRole('button', { name: /^Filters/ }).tap();
      await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      await context.close();
    });
  }
});

test('on a desktop the articles stay listed and the facets beside the claims', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?view=claims');
  await expect(page.locator('.sources [data-article-id]').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Filters/ })).toHaveCount(0);
  const facets = await page.locator('.facets').boundingBox();
  const list = await page.locator('.claim-list').boundingBox();
  expect(facets.x + facets.width).toBeLessThanOrEqual(list.x);
});
