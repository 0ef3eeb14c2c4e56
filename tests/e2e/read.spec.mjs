// The Read view: one article as published, every claim's words highlighted with its side's name,
// the selected claim's card beside the text, page chrome set aside.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { corpus } from './corpus.mjs';

const voa = corpus.articles.find((a) => a.outlet === 'VOA');
const rferl = corpus.articles.find((a) => a.outlet === 'RFE/RL');
const sideName = (id) => corpus.sides.find((s) => s.id === id).name;
const claimsOf = (a) => corpus.claims.filter((c) => c.article === a.id);
const chars = (s) => [...s];
/** The text of a paragraph between char offsets. */
const slice = (article, paragraph, start, end) =>
  chars(article.paragraphs.find((p) => p.id === paragraph).text).slice(start, end).join('');

/** The words a claim's highlight shows, without its side label, whatever pieces it is cut into. */
const highlightedText = (page, id) =>
  page.locator(`.read-article mark.claim-span[data-claim-id="${id}"]`).evaluateAll((els) =>
    els
      .map((el) => {
        const copy = el.cloneNode(true);
        copy.querySelectorAll('.side-tag').forEach((t) => t.remove());
        return copy.textContent;
      })
      .join(''),
  );

const activeClaim = (page) => page.evaluate(() => document.activeElement?.dataset?.claimId ?? null);

test('a claim link opens its article with the claim focused and its card in the panel', async ({ page }) => {
  const claim = claimsOf(voa).find((c) => c.id === 'voa-putin-grave-danger') ?? claimsOf(voa)[5];
  await page.goto(`./?view=read&claim=${claim.id}`);
  await expect(page.getByRole('heading', { level: 2, name: voa.title })).toBeVisible();
  await expect.poll(() => activeClaim(page)).toBe(claim.id);
  const span = page.locator(`[data-claim-head="${claim.id}"]`);
  await expect(span).toBeFocused();
  await expect(span).toBeInViewport();
  await expect(span).toHaveAttribute('aria-current', 'true');
  const card = page.locator(`#read-panel article.claim[data-claim-id="${claim.id}"]`);
  await expect(card).toBeVisible();
  await expect(card.locator('.quote')).toHaveText(claim.quote);
});

test('the "Read in the article" link of the Claims view lands on the focused sentence', async ({ page }) => {
  const claim = claimsOf(rferl).at(-1);
  await page.goto('./?view=claims');
  await page.locator(`.claim-list [data-claim-id="${claim.id}"]`).getByRole('link', { name: 'Read in the article' }).click();
  await expect(page).toHaveURL(new RegExp(`view=read.*claim=${claim.id}`));
  await expect(page.getByRole('heading', { level: 2, name: rferl.title })).toBeVisible();
  await expect.poll(() => activeClaim(page)).toBe(claim.id);
  await expect(page.locator(`[data-claim-head="${claim.id}"]`)).toBeInViewport();
});

test('every claim of each article is highlighted in its side colour with its side named', async ({ page }) => {
  for (const article of [voa, rferl]) {
    await page.goto(`./?view=read&article=${article.id}`);
    await expect(page.getByRole('heading', { level: 2, name: article.title })).toBeVisible();
    const claims = claimsOf(article);
    await expect(page.locator('.read-article [data-claim-head]')).toHaveCount(claims.length);
    for (const c of claims) {
      const head = page.locator(`.read-article [data-claim-head="${c.id}"]`);
      await expect(head).toHaveAttribute('data-side', c.side);
      await expect(head).toHaveAttribute('role', 'button');
      await expect(head).toHaveAttribute('tabindex', '0');
      await expect(head.locator('.side-tag')).toHaveText(new RegExp(`^${sideName(c.side)}`));
      await expect(head.locator('.side-tag')).toBeVisible();
      expect(await highlightedText(page, c.id)).toBe(c.quote);
      // The side's colour is on the highlight (and the label says the side in words).
      const colour = await head.evaluate((el) => getComputedStyle(el).borderBottomColor);
      expect(colour).not.toBe('rgba(0, 0, 0, 0)');
    }
  }
});

test('body, subheadings and captions read in order; chrome and credit are set aside, collapsed', async ({ page }) => {
  await page.goto(`./?view=read&article=${voa.id}`);
  await expect(page.getByRole('heading', { level: 2, name: voa.title })).toBeVisible();
  const shown = voa.paragraphs.filter((p) => ['body', 'subheading', 'caption'].includes(p.kind));
  const aside = voa.paragraphs.filter((p) => ['chrome', 'credit'].includes(p.kind));
  const ids = await page.locator('.read-text [data-paragraph-id]').evaluateAll((els) => els.map((e) => e.dataset.paragraphId));
  expect(ids).toEqual(shown.map((p) => p.id));
  await expect(page.locator('.read-text h3.subheading')).toHaveText(voa.paragraphs.find((p) => p.kind === 'subheading').text);
  await expect(page.locator('.read-text .caption').first()).toContainText('Photo caption');

  const details = page.locator('details.set-aside');
  await expect(details.locator('summary')).toContainText('Page chrome');
  for (const p of aside) {
    await expect(details.locator(`[data-paragraph-id="${p.id}"]`)).toBeHidden();
  }
  await details.locator('summary').click();
  for (const p of aside) {
    await expect(details.locator(`[data-paragraph-id="${p.id}"]`)).toBeVisible();
    await expect(details.locator(`[data-paragraph-id="${p.id}"]`)).toContainText(p.text);
  }
});

test('says which metadata comes from outside the text; the address is a safe link', async ({ page }) => {
  await page.goto(`./?view=read&article=${rferl.id}`);
  const head = page.locator('.read-head');
  await expect(head).toContainText(rferl.outlet);
  await expect(head).toContainText('November 2018');
  await expect(head.locator('.read-external')).toContainText(rferl.external_source);
  await expect(head.locator('.read-external')).toContainText('outlet');
  // Each outside field is marked, for the eye and in words for a screen reader.
  await expect(head.locator('.read-meta .vh', { hasText: 'from outside the article' })).toHaveCount(rferl.external.length);
  const link = head.getByRole('link', { name: rferl.url });
  await expect(link).toHaveAttribute('href', rferl.url);
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('selecting a highlight by click, Enter or Space names it in the address and shows its card', async ({ page }) => {
  const [a, b, c] = claimsOf(rferl);
  await page.goto(`./?view=read&article=${rferl.id}`);
  await expect(page.locator('#read-panel')).toContainText('Select a highlighted passage');

  await page.locator(`[data-claim-head="${a.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`claim=${a.id}`));
  await expect(page.locator(`#read-panel article.claim[data-claim-id="${a.id}"]`)).toBeVisible();

  await page.locator(`[data-claim-head="${b.id}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`claim=${b.id}`));
  await expect(page.locator(`#read-panel article.claim[data-claim-id="${b.id}"]`)).toBeVisible();
  await expect(page.locator(`[data-claim-head="${b.id}"]`)).toBeFocused();

  await page.locator(`[data-claim-head="${c.id}"]`).focus();
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(new RegExp(`claim=${c.id}`));
  await expect(page.locator(`#read-panel article.claim[data-claim-id="${c.id}"]`)).toBeVisible();

  // Each choice is a history entry: Back returns to the previous claim, focused.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`claim=${b.id}`));
  await expect(page.locator(`#read-panel article.claim[data-claim-id="${b.id}"]`)).toBeVisible();
  await expect.poll(() => activeClaim(page)).toBe(b.id);

  // Close returns to the hint and the focus to the highlight.
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page).not.toHaveURL(/claim=/);
  await expect(page.locator('#read-panel')).toContainText('Select a highlighted passage');
  await expect.poll(() => activeClaim(page)).toBe(b.id);
});

test('Tab reaches the highlights, with a visible focus ring', async ({ page }) => {
  await page.goto(`./?view=read&article=${voa.id}`);
  await page.locator('#read-headline').click();
  let id = null;
  for (let i = 0; i < 40 && !id; i++) {
    await page.keyboard.press('Tab');
    id = await activeClaim(page);
  }
  expect(id).toBe(claimsOf(voa)[0].id);
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('the article picker switches the article, as a history entry', async ({ page }) => {
  await page.goto('./?view=read');
  const first = corpus.articles[0];
  const second = corpus.articles[1];
  await expect(page.getByRole('heading', { level: 2, name: first.title })).toBeVisible();
  const picker = page.getByRole('navigation', { name: 'Choose an article' });
  await expect(picker.locator(`[data-article-id="${first.id}"]`)).toHaveAttribute('aria-current', 'true');
  await picker.locator(`[data-article-id="${second.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`article=${second.id}`));
  await expect(page.getByRole('heading', { level: 2, name: second.title })).toBeVisible();
  await expect(picker.locator(`[data-article-id="${second.id}"]`)).toHaveAttribute('aria-current', 'true');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: first.title })).toBeVisible();
});

test('the search is highlighted in the text, apart from the claims', async ({ page }) => {
  await page.goto(`./?view=read&article=${voa.id}&q=arms`);
  const hits = page.locator('.read-text mark.hit');
  await expect(hits.first()).toBeVisible();
  for (const t of await hits.allTextContents()) expect(t.toLowerCase()).toBe('arms');
  // Matches look different from claims: the mark colour, not a side's.
  const [hit, claim] = await Promise.all([
    hits.first().evaluate((el) => getComputedStyle(el).backgroundColor),
    page.locator('.read-text mark.claim-span').first().evaluate((el) => getComputedStyle(el).backgroundColor),
  ]);
  expect(hit).not.toBe(claim);
  await expect(page.locator('.read-key')).toContainText('Search matches');
  await page.getByRole('button', { name: 'Clear the search' }).click();
  await expect(page).not.toHaveURL(/q=/);
  await expect(hits).toHaveCount(0);
});

test('overlapping and identical claim spans are all drawn, labelled and reachable', async ({ page }) => {
  // A corpus where claims overlap, and one covers exactly the words of another.
  const edited = structuredClone(corpus);
  const paraLength = (c) => chars(voa.paragraphs.find((p) => p.id === c.paragraph).text).length;
  const base = edited.claims.find((c) => c.article === voa.id && c.end - c.start > 20 && paraLength(c) >= c.end + 5);
  const mk = (id, start, end) => ({
    ...base,
    id,
    side: 'nato',
    speaker: corpus.speakers.find((s) => s.side === 'nato').id,
    start,
    end,
    quote: slice(voa, base.paragraph, start, end),
  });
  const overlap = mk('test-overlap', base.start + 10, base.end + 5);
  const twin = mk('test-twin', base.start, base.end);
  edited.claims.push(overlap, twin);
  await page.route('**/data/corpus.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(edited) }));
  await page.goto(`./?view=read&article=${voa.id}`);
  await expect(page.getByRole('heading', { level: 2, name: voa.title })).toBeVisible();
  for (const c of [base, overlap, twin]) {
    const head = page.locator(`.read-article [data-claim-head="${c.id}"]`);
    await expect(head).toHaveCount(1);
    await expect(head).toContainText(sideName(c.side));
    await head.click();
    await expect(page).toHaveURL(new RegExp(`claim=${c.id}`));
    await expect(page.locator(`#read-panel article.claim[data-claim-id="${c.id}"]`)).toBeVisible();
  }
  await expect(page.locator('.read-article mark.claim-span[data-overlap]').first()).toBeVisible();
});

test('is usable at 360 px: no sideways scrolling, the card stays in sight', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const claim = claimsOf(voa).at(-1);
  await page.goto(`./?view=read&claim=${claim.id}`);
  await expect.poll(() => activeClaim(page)).toBe(claim.id);
  await expect(page.locator(`[data-claim-head="${claim.id}"]`)).toBeInViewport();
  await expect(page.locator('#read-panel article.claim')).toBeInViewport();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violation in the read view (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const claim = claimsOf(voa)[2];
    await page.goto(`./?view=read&claim=${claim.id}&q=arms`);
    await expect(page.locator(`#read-panel article.claim[data-claim-id="${claim.id}"]`)).toBeVisible();
    await page.locator('details.set-aside summary').click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    // With a timeline event's sentence marked, at a phone's width.
    const event = corpus.events.find((e) => e.article === voa.id && e.paragraph.includes('-p'));
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`./?view=read&article=${voa.id}#event-${event.id}`);
    await expect(page.locator(`[id="event-${event.id}"]`)).toHaveClass(/targeted/);
    const narrow = await new AxeBuilder({ page }).analyze();
    expect(narrow.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await context.close();
  });
}
