// The Timeline view: dated events to scale on a broken axis, approximate dates drawn hollow, an
// ordered list as the accessible version, every event a link to its sentence.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { corpus } from './corpus.mjs';
import { eventsOn, importFile, manyEvents, openLibrary } from './import.mjs';

const events = corpus.events;
/** The first day a date covers, as a sortable number. */
const firstDay = (d) => {
  const [y, m = 1, day = 1] = d.split('-').map(Number);
  return Date.UTC(y, m - 1, day);
};
const inOrder = events
  .map((e, i) => ({ e, i }))
  .sort((a, b) => firstDay(a.e.date) - firstDay(b.e.date) || a.e.date.length - b.e.date.length || a.i - b.i)
  .map(({ e }) => e);
const autumn2018 = events.filter((e) => /^2018-(10|11)/.test(e.date));
const inf1987 = events.find((e) => e.date.startsWith('1987'));

/** Centre of each event's mark on the page, by event id. */
const markCentres = (page) =>
  page.locator('.tl-mark').evaluateAll((gs) =>
    Object.fromEntries(
      gs.map((g) => {
        const r = g.querySelector('circle').getBoundingClientRect();
        return [g.dataset.eventId, { x: r.x + r.width / 2, y: r.y + r.height / 2, r: r.width / 2 }];
      }),
    ),
  );

test('draws and lists every dated event, in date order, dates in words', async ({ page }) => {
  await page.goto('./?view=timeline');
  await expect(page.locator('.tl-mark')).toHaveCount(events.length);
  const items = page.locator('ol.tl-list > li');
  await expect(items).toHaveCount(events.length);
  expect(await items.evaluateAll((lis) => lis.map((li) => li.dataset.eventId))).toEqual(inOrder.map((e) => e.id));
  const day = events.find((e) => e.date === '2018-10-24');
  await expect(items.filter({ hasText: day.label }).locator('time')).toHaveText('24 October 2018');
  for (const e of events) {
    const item = page.locator(`ol.tl-list > li[data-event-id="${e.id}"]`);
    await expect(item.getByRole('link')).toHaveText(e.label);
    await expect(item).toContainText(corpus.articles.find((a) => a.id === e.article).outlet);
  }
  // The numbers on the marks are the list's numbers.
  const numbers = await page.locator('.tl-mark').evaluateAll((gs) => Object.fromEntries(gs.map((g) => [g.dataset.eventId, g.querySelector('text').textContent])));
  inOrder.forEach((e, k) => expect(numbers[e.id]).toBe(String(k + 1)));
});

for (const width of [1280, 360]) {
  test(`autumn 2018 stays apart and far from 1987 (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./?view=timeline');
    await expect(page.locator('.tl-mark')).toHaveCount(events.length);
    const at = await markCentres(page);
    const figure = await page.locator('.tl-figure').boundingBox();
    for (const [i, a] of autumn2018.entries()) {
      // Far to the right of 1987 ...
      expect(at[a.id].x - at[inf1987.id].x).toBeGreaterThan(figure.width / 2);
      // ... and no two marks on one spot: each is at least a mark's width from the others.
      for (const b of autumn2018.slice(i + 1)) {
        const d = Math.hypot(at[a.id].x - at[b.id].x, at[a.id].y - at[b.id].y);
        expect(d, `${a.id} and ${b.id}`).toBeGreaterThanOrEqual(2 * at[a.id].r - 0.5);
      }
    }
    // Later events are never drawn to the left of earlier ones.
    const xs = inOrder.map((e) => at[e.id].x);
    xs.slice(1).forEach((x, k) => expect(x).toBeGreaterThanOrEqual(xs[k] - 0.01));
  });
}

test('the axis is drawn broken where years are cut out, and says so', async ({ page }) => {
  await page.goto('./?view=timeline');
  await expect(page.locator('.tl-mark')).toHaveCount(events.length);
  expect(await page.locator('.tl-svg .tl-break').count()).toBeGreaterThanOrEqual(1);
  await expect(page.locator('.tl-summary')).toContainText('cut');
  await expect(page.locator('.tl-key')).toContainText('Zig-zag');
  const labels = await page.locator('.tl-tick text').allTextContents();
  expect(labels).toEqual(expect.arrayContaining(['1987', '2002', '2014']));
});

test('approximate dates are drawn hollow and the text says so', async ({ page }) => {
  await page.goto('./?view=timeline');
  for (const e of events) {
    const approx = e.date.length < 10;
    const dot = page.locator(`.tl-mark[data-event-id="${e.id}"] circle`);
    const { fill, stroke } = await dot.evaluate((c) => ({ fill: getComputedStyle(c).fill, stroke: getComputedStyle(c).stroke }));
    if (approx) expect(fill, e.id).not.toBe(stroke);
    else expect(fill, e.id).toBe(stroke);
    const item = page.locator(`ol.tl-list > li[data-event-id="${e.id}"]`);
    if (e.date.length === 4) await expect(item).toContainText('year only');
    else if (e.date.length === 7) await expect(item).toContainText('month only');
    else await expect(item.locator('.tl-approx')).toHaveCount(0);
  }
  await expect(page.locator('.tl-key')).toContainText('Hollow');
});

test('each event opens the Read view at its sentence', async ({ page }) => {
  for (const e of events) {
    await page.goto('./?view=timeline');
    const link = page.locator(`ol.tl-list > li[data-event-id="${e.id}"]`).getByRole('link');
    await expect(link).toHaveAttribute('href', `?view=read&article=${e.article}#event-${e.id}`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`view=read&article=${e.article}#event-${e.id}$`));
    const sentence = page.locator(`[id="event-${e.id}"]`);
    await expect(sentence).toBeInViewport();
    await expect(sentence).toHaveClass(/targeted/);
    // The sentence (in however many pieces) holds the event's words.
    const words = await page
      .locator(`.read-article .event-span[data-event-id="${e.id}"]`)
      .evaluateAll((els) => els.filter((el) => !el.parentElement.closest(`[data-event-id="${el.dataset.eventId}"]`)).map((el) => {
        const copy = el.cloneNode(true);
        copy.querySelectorAll('.side-tag').forEach((t) => t.remove());
        return copy.textContent;
      }).join(''));
    expect(words).toBe(e.quote);
  }
});

test('a mark in the drawing is a link for the mouse too', async ({ page }) => {
  await page.goto('./?view=timeline');
  const e = inOrder.at(-1);
  await page.locator(`.tl-mark[data-event-id="${e.id}"] circle`).click();
  await expect(page).toHaveURL(new RegExp(`view=read&article=${e.article}#event-${e.id}$`));
  await expect(page.locator(`[id="event-${e.id}"]`)).toBeInViewport();
});

test('focusing an event in the list lights up its mark', async ({ page }) => {
  await page.goto('./?view=timeline');
  const e = inOrder[5];
  await page.locator(`ol.tl-list > li[data-event-id="${e.id}"] a`).focus();
  await expect(page.locator('.tl-mark.active')).toHaveAttribute('data-event-id', e.id);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).not.toBe('none');
});

test('is readable at 360 px: no sideways scrolling, the drawing fits and its labels do not collide', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?view=timeline');
  await expect(page.locator('.tl-mark')).toHaveCount(events.length);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const svg = await page.locator('.tl-svg').boundingBox();
  expect(svg.x).toBeGreaterThanOrEqual(0);
  expect(svg.x + svg.width).toBeLessThanOrEqual(360);
  // Drawn at the width it has, not scaled down: 11 px labels stay 11 px.
  const fontSize = await page.locator('.tl-tick text').first().evaluate((t) => t.getBoundingClientRect().height);
  expect(fontSize).toBeGreaterThanOrEqual(10);
  const boxes = await page.locator('.tl-tick text').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.right]));
  boxes.slice(1).forEach(([l], k) => expect(l).toBeGreaterThanOrEqual(boxes[k][1]));
});

test('redraws at the new width when the window is resized', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto('./?view=timeline');
  await expect(page.locator('.tl-mark')).toHaveCount(events.length);
  const wide = Number(await page.locator('.tl-svg').getAttribute('width'));
  await page.setViewportSize({ width: 400, height: 800 });
  await expect.poll(async () => Number(await page.locator('.tl-svg').getAttribute('width'))).toBeLessThan(wide);
  const figure = await page.locator('.tl-figure').boundingBox();
  expect(Number(await page.locator('.tl-svg').getAttribute('width'))).toBeLessThanOrEqual(figure.width);
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violation in the timeline view (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('./?view=timeline');
    await expect(page.locator('.tl-mark')).toHaveCount(events.length);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await context.close();
  });
}

test('thousands of events are drawn as their density, listed a page at a time, and zoomed into down to single events', async ({ page }) => {
  const many = manyEvents(5000);
  await openLibrary(page);
  await importFile(page, many);
  await expect(page).toHaveURL(/corpus=many-events/);
  await page.getByRole('link', { name: 'Timeline', exact: true }).click();
  // Bars, not 5,000 marks: a bar a month of 2018 (and 1987's one day), counting every event.
  await expect(page.locator('.tl-density')).toBeVisible();
  await expect(page.locator('.tl-mark')).toHaveCount(0);
  const bars = page.locator('.tl-period');
  await expect(bars).toHaveCount(13);
  const counts = await bars.evaluateAll((gs) => gs.map((g) => Number(g.dataset.count)));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(5000);
  await expect(page.locator('.tl-summary')).toContainText('5,000 dated events');
  await expect(page.locator('.tl-summary')).toContainText('each bar counts the events of a month');
  // The list: a page of 50 in date order, more on request.
  const items = page.locator('ol.tl-list > li');
  await expect(items).toHaveCount(50);
  await expect(page.locator('.tl-shown')).toHaveText('The first 50 of 5,000 events.');
  await page.getByRole('button', { name: 'Show 50 more' }).click();
  await expect(items).toHaveCount(100);

  // Into October by the keyboard's way (the list of periods), then a day by its bar.
  const periods = page.locator('.tl-periods');
  await expect(periods.getByRole('link', { name: 'October 2018' })).toBeVisible();
  await expect(periods.locator('li').filter({ hasText: 'October 2018' })).toContainText(`${eventsOn(many, '2018-10')} events`);
  await periods.getByRole('link', { name: 'October 2018' }).click();
  await expect(page).toHaveURL(/view=timeline&period=2018-10(&|$)/);
  const zoom = page.getByRole('navigation', { name: 'Period shown' });
  await expect(zoom).toHaveText('All dates › 2018 › October 2018');
  await expect(page.locator('.tl-summary')).toContainText(`${eventsOn(many, '2018-10')} dated events in October 2018.`);
  await expect(page.locator('.tl-summary')).toContainText('each bar counts the events of a day');
  await expect(bars).toHaveCount(31);
  await page.locator('.tl-period[data-period="2018-10-24"] a').click();
  await expect(page).toHaveURL(/period=2018-10-24/);
  const onDay = eventsOn(many, '2018-10-24');
  await expect(page.locator('.tl-mark')).toHaveCount(onDay);
  await expect(items).toHaveCount(onDay);
  // Marks are numbered as the list, from 1 in the period shown.
  const numbers = await page.locator('.tl-mark text').allTextContents();
  expect(numbers.map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: onDay }, (_, k) => k + 1));

  // Back out, by the path and by the browser.
  await zoom.getByRole('link', { name: '2018', exact: true }).click();
  await expect(page).toHaveURL(/period=2018(&|$)/);
  await expect(bars).toHaveCount(12);
  await page.goBack();
  await expect(page).toHaveURL(/period=2018-10-24/);
  await page.getByRole('navigation', { name: 'Period shown' }).getByRole('link', { name: 'All dates' }).click();
  await expect(page).not.toHaveURL(/period=/);
  await expect(bars).toHaveCount(13);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('a period without events says so and leads back', async ({ page }) => {
  await page.goto('./?view=timeline&period=2005-06');
  await expect(page.locator('.tl-summary')).toHaveText('No dated event in June 2005.');
  await expect(page.locator('.tl-mark')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Period shown' }).getByRole('link', { name: 'All dates' }).click();
  await expect(page.locator('.tl-mark')).toHaveCount(events.length);
});
