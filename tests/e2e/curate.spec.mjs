// Curating a kept corpus: a claim edited in place (side, question, quote from a selection),
// kept over a reload, undone and redone; versions restored and exported; sides renamed, merged
// and refused when the rules say no; a second corpus merged after a preview; the bundled corpus
// copied before editing; a tab closed mid-save loses at most that change.
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { importFile, openLibrary, threeArticles } from './import.mjs';
import { corpus } from './corpus.mjs';

const THREE = threeArticles();
const ID = THREE.id;
const BOLTON = THREE.claims.filter((c) => c.speaker === 'bolton');
const FIRST = BOLTON[0];
const question = (id) => THREE.questions.find((q) => q.id === id);

async function importThree(page) {
  await openLibrary(page);
  await importFile(page, THREE, 'my-inf.json');
  await expect(page).toHaveURL(/[?&]corpus=my-inf-corpus/);
}

/** The card of claim `id` in the Claims view, its editor open. */
async function editClaim(page, id) {
  const card = page.locator(`.claim-list .claim[data-claim-id="${id}"]`);
  await card.getByRole('button', { name: 'Edit' }).click();
  const form = card.getByRole('form', { name: 'Edit this claim' });
  await expect(form).toBeVisible();
  return { card, form };
}

const notice = (page) => page.locator('#edit-notice');

/** Selects chars `from`..`to` of the article's own text in paragraph `id` of the reader (the
 * side labels the page adds inside a paragraph are not the article's words). */
async function selectChars(page, id, from, to) {
  await page.evaluate(({ id, from, to }) => {
    const p = document.querySelector(`.read-article [data-paragraph-id="${id}"]`);
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement.closest('.side-tag, .para-kind') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const r = document.createRange();
    let seen = 0;
    let node;
    while ((node = walker.nextNode())) {
      const len = node.data.length;
      if (seen <= from && from <= seen + len) r.setStart(node, from - seen);
      if (seen <= to && to <= seen + len) {
        r.setEnd(node, to - seen);
        break;
      }
      seen += len;
    }
    getSelection().removeAllRanges();
    getSelection().addRange(r);
  }, { id, from, to });
}

test("a claim's side and question are edited, kept over a reload, undone and redone", async ({ page }) => {
  await importThree(page);
  await page.goto(`./?corpus=${ID}&view=claims&speaker=bolton`);
  const { card, form } = await editClaim(page, FIRST.id);
  await expect(card).toHaveAttribute('data-side', 'us');
  await form.getByLabel('Side').selectOption('nato');
  // The form says what a new side means for the speaker's other claims.
  await expect(form).toContainText('John Bolton and all their claims move to this side');
  await form.getByLabel(question('arms-race').text).selectOption('yes');
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(notice(page)).toHaveText(
    new RegExp(`^Saved: Changed the side, questions and stances of John Bolton's claim “.*” \\(and of their ${BOLTON.length - 1} other claims\\)\\.$`),
  );
  await expect(notice(page)).toBeFocused();
  const after = page.locator(`.claim-list .claim[data-claim-id="${FIRST.id}"]`);
  await expect(after).toHaveAttribute('data-side', 'nato');
  await expect(after.locator('.side-badge')).toHaveText('NATO');
  await expect(after.locator('.stances')).toContainText('Yes');
  // Every claim of Bolton's moved with him.
  await expect(page.locator('.claim-list .claim[data-side="us"]')).toHaveCount(0);

  await page.reload();
  await expect(after).toHaveAttribute('data-side', 'nato');
  await expect(after.locator('.stance')).toHaveCount(FIRST.questions.length + 1);

  // Undo and redo, from the Library's versions.
  await page.getByRole('link', { name: 'Library' }).click();
  const versions = page.locator('.versions');
  await expect(versions.locator('.version')).toHaveCount(2);
  await versions.getByRole('button', { name: 'Undo' }).click();
  await expect(notice(page)).toHaveText(/^Undid: Changed the side, questions and stances of John Bolton's claim/);
  await page.getByRole('link', { name: 'Claims' }).click();
  await expect(after).toHaveAttribute('data-side', 'us');
  await expect(after.locator('.stance')).toHaveCount(FIRST.questions.length);
  await notice(page).locator('..').getByRole('button', { name: 'Redo' }).click();
  await expect(notice(page)).toHaveText(/^Redid: /);
  await expect(after).toHaveAttribute('data-side', 'nato');
  await page.reload();
  await expect(after).toHaveAttribute('data-side', 'nato');
});

test('a version is restored from the history, exported, and re-imports equal', async ({ page }) => {
  await importThree(page);
  await page.goto(`./?corpus=${ID}&view=claims&speaker=bolton`);
  for (const summary of ['First reading.', 'Second reading.']) {
    const { form } = await editClaim(page, FIRST.id);
    await form.getByLabel('Summary').fill(summary);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(notice(page)).toHaveText(/^Saved: Changed the summary of John Bolton's claim/);
  }
  const card = page.locator(`.claim-list .claim[data-claim-id="${FIRST.id}"]`);
  await expect(card.locator('.summary')).toHaveText('Second reading.');

  await page.getByRole('link', { name: 'Library' }).click();
  const versions = page.locator('.versions');
  await expect(versions.locator('.version')).toHaveCount(3);
  await expect(versions.locator('.version.current')).toHaveAttribute('data-version', '2');
  await expect(versions.locator('.version[data-version="0"]')).toContainText('As first kept');
  await versions.locator('.version[data-version="1"]').getByRole('button', { name: 'Restore' }).click();
  await expect(notice(page)).toHaveText(/^Restored version 1 \(Changed the summary of John Bolton's claim/);
  await expect(versions.locator('.version')).toHaveCount(4);
  await expect(versions.locator('.version.current')).toHaveAttribute('data-version', '3');

  // Export the restored version: it holds the first summary, and re-imports equal.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    versions.locator('.version[data-version="3"]').getByRole('button', { name: 'Export' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe(`claimscope-${ID}-version-3.json`);
  const exported = JSON.parse(fs.readFileSync(await file.path(), 'utf8'));
  expect(exported.claims.find((c) => c.id === FIRST.id).summary).toBe('First reading.');
  const expected = structuredClone(THREE);
  expected.claims.find((c) => c.id === FIRST.id).summary = 'First reading.';
  expect(exported).toEqual(expected);

  await importFile(page, exported, 'restored.json');
  await expect(page.locator('.import-confirm')).toContainText('Its versions go with it');
  await page.getByRole('button', { name: 'Replace it' }).click();
  // Kept, then opened (in its Compare view): only then is the page left. (The address named the
  // corpus before the import too, so it cannot tell that the import is done.)
  await expect(page).toHaveURL(/\?corpus=my-inf-corpus$/);
  await page.goto(`./?corpus=${ID}&view=claims&speaker=bolton`);
  await expect(card.locator('.summary')).toHaveText('First reading.');
  // The import replaced the history too: the file is version 0, and exports as it was.
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(versions.locator('.version')).toHaveCount(1);
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    versions.locator('.version[data-version="0"]').getByRole('button', { name: 'Export' }).click(),
  ]);
  expect(JSON.parse(fs.readFileSync(await again.path(), 'utf8'))).toEqual(exported);
});

test('a quote comes from words selected in the article; a selection across paragraphs is refused', async ({ page }) => {
  await importThree(page);
  const para = THREE.articles.flatMap((a) => a.paragraphs).find((p) => p.id === FIRST.paragraph);
  await page.goto(`./?corpus=${ID}&view=read&article=${FIRST.article}&claim=${FIRST.id}`);
  const panel = page.locator('#read-panel');
  await panel.getByRole('button', { name: 'Edit' }).click();
  const form = panel.getByRole('form', { name: 'Edit this claim' });

  // Across two paragraphs: refused, and the quote is as it was.
  await page.evaluate((id) => {
    const p = document.querySelector(`.read-article [data-paragraph-id="${id}"]`);
    const next = p.nextElementSibling;
    const r = document.createRange();
    r.setStart(p.firstChild ?? p, 0);
    r.setEnd(next, next.childNodes.length);
    getSelection().removeAllRanges();
    getSelection().addRange(r);
  }, FIRST.paragraph);
  await form.getByRole('button', { name: 'Use the selected words' }).click();
  await expect(form.getByRole('alert')).toHaveText(/^The selection spans two paragraphs; a quote lies within one\./);
  await expect(form.locator('.edit-quote')).toHaveText(FIRST.quote);

  // Nothing selected: said so.
  await page.evaluate(() => getSelection().removeAllRanges());
  await form.getByRole('button', { name: 'Use the selected words' }).click();
  await expect(form.getByRole('alert')).toHaveText(/^Select the words of the quote in the article first/);

  // The first words of the claim's paragraph, through the marks and labels the reader adds.
  const words = para.text.split(' ').slice(0, 4).join(' ');
  await selectChars(page, FIRST.paragraph, 0, words.length);
  await form.getByRole('button', { name: 'Use the selected words' }).click();
  await expect(form.locator('.edit-quote')).toHaveText(words);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(notice(page)).toHaveText(/^Saved: Changed the quote of John Bolton's claim/);
  await page.reload();
  await expect(page.locator(`#read-panel .claim[data-claim-id="${FIRST.id}"] .quote`)).toHaveText(words);
});

test('sides: an empty name and deleting a side in use are refused and change nothing; a merge moves the claims', async ({ page }) => {
  await importThree(page);
  await page.goto(`./?corpus=${ID}&view=library`);
  const sides = page.locator('.sides-editor');
  const us = sides.locator('[data-side-id="us"]');
  await us.getByLabel('Name of the side “United States”').fill('   ');
  await us.getByRole('button', { name: 'Rename' }).click();
  await expect(sides.getByRole('alert')).toHaveText('A side needs a name.');
  await expect(page.locator('.versions .version')).toHaveCount(1);

  await us.getByRole('button', { name: 'Delete…' }).click();
  await us.getByRole('button', { name: 'Delete', exact: true }).click();
  const usClaims = THREE.claims.filter((c) => c.side === 'us').length;
  const usSpeakers = THREE.speakers.filter((s) => s.side === 'us').length;
  await expect(sides.getByRole('alert')).toHaveText(
    `The side “United States” still has ${usSpeakers} speakers with ${usClaims} claims. Choose the side they move to before deleting it.`,
  );
  await expect(page.locator('.versions .version')).toHaveCount(1);

  await us.getByLabel('Move its speakers and claims to').selectOption('nato');
  await us.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(notice(page)).toHaveText(`Saved: Merged the side “United States” into “NATO” (${usClaims} claims moved).`);
  await expect(sides.locator('[data-side-id="us"]')).toHaveCount(0);
  await page.reload();
  await expect(sides.locator('.list-item')).toHaveCount(THREE.sides.length - 1);
  await page.getByRole('link', { name: 'Claims' }).click();
  await expect(page.locator('.claim-list .claim[data-side="us"]')).toHaveCount(0);
});

test('the bundled corpus is read-only and offers an editable copy, opened in the same view', async ({ page }) => {
  await page.goto('./?view=claims&speaker=bolton');
  const card = page.locator('.claim-list .claim').first();
  await card.getByRole('button', { name: 'Edit' }).click();
  await expect(card).toContainText('The articles that come with Claimscope are read-only.');
  await card.getByRole('button', { name: 'Make an editable copy' }).click();
  await expect(page).toHaveURL(/[?&]corpus=my-copy(&|$)/);
  await expect(page).toHaveURL(/view=claims/);
  await expect(page).toHaveURL(/speaker=bolton/);
  await expect(page.locator('.corpus-name')).toContainText('(your copy)');
  await page.locator('.claim-list .claim').first().getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('form', { name: 'Edit this claim' })).toBeVisible();
});

test('a tab closed mid-save loses at most that change, never the corpus', async ({ page, context }) => {
  test.setTimeout(90_000);
  await importThree(page);
  await page.close();
  const summary = (p) => p.locator(`.claim-list .claim[data-claim-id="${FIRST.id}"] .summary`);
  // Each round saves an edit and closes the tab after a different delay: before the save
  // starts, while it reads, while its transaction runs, after it commits.
  let saved = 0;
  let last = FIRST.summary;
  for (const [n, delay] of [0, 1, 3, 6, 10, 20, 40, 200].entries()) {
    const tab = await context.newPage();
    await tab.goto(`./?corpus=${ID}&view=claims&speaker=bolton`);
    const { form } = await editClaim(tab, FIRST.id);
    await form.getByLabel('Summary').fill(`Edit ${n}.`);
    await form.evaluate((f, delay) => {
      f.requestSubmit();
      return new Promise((done) => setTimeout(done, delay));
    }, delay);
    await tab.close({ runBeforeUnload: false });

    // The corpus opens whole, with this edit or the last one kept, and its history agrees.
    const check = await context.newPage();
    await check.goto(`./?corpus=${ID}&view=claims&speaker=bolton`);
    await expect(check.locator('#sources-heading')).toHaveText('3 articles');
    await expect(check.locator(`.claim-list .claim[data-claim-id="${FIRST.id}"]`)).toBeVisible();
    const text = (await summary(check).count()) ? await summary(check).textContent() : '';
    expect([last, `Edit ${n}.`]).toContain(text);
    if (text === `Edit ${n}.`) saved += 1;
    last = text;
    await check.getByRole('link', { name: 'Library' }).click();
    await expect(check.locator('.versions .version')).toHaveCount(saved + 1);
    await check.close();
  }
  // The rounds closed after the save had time to land kept it.
  expect(saved).toBeGreaterThan(0);
});

test('the editor, the versions and the sides and questions have no axe violations', async ({ page }) => {
  await importThree(page);
  await page.goto(`./?corpus=${ID}&view=claims&speaker=bolton`);
  await editClaim(page, FIRST.id);
  const form = await new AxeBuilder({ page }).include('.claim-edit').analyze();
  expect(form.violations).toEqual([]);
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.locator('.versions .version')).toHaveCount(1);
  const library = await new AxeBuilder({ page }).include('.curate').analyze();
  expect(library.violations).toEqual([]);
});

test('a merge shows what it will add and match first, then holds each article once', async ({ page }) => {
  await importThree(page);
  // A colleague's corpus: the bundled articles (already here) and a piece of their own.
  const theirs = structuredClone(corpus);
  theirs.id = 'colleague';
  theirs.title = "A colleague's reading";
  const text = 'Lavrov said Moscow would answer any new deployment in kind.';
  const quote = 'Moscow would answer any new deployment in kind';
  theirs.articles.push({
    ...structuredClone(theirs.articles[0]),
    id: 'colleague-piece',
    title: 'A third outlet',
    url: 'https://example.org/third-outlet',
    paragraphs: [{ id: 'colleague-piece-p1', kind: 'body', text }],
  });
  theirs.speakers.push({ id: 'lavrov', name: 'Sergei Lavrov', role: 'Foreign minister', side: 'russia' });
  theirs.claims.push({
    id: 'colleague-lavrov', article: 'colleague-piece', paragraph: 'colleague-piece-p1', speaker: 'lavrov', side: 'russia',
    questions: ['russia-responds'], stance: { 'russia-responds': 'yes' }, kind: 'warning', attribution: 'paraphrase',
    summary: '', quote, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length,
  });

  await page.goto(`./?corpus=${ID}&view=library`);
  await page.locator('#merge-file').setInputFiles({ name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(theirs)) });
  const preview = page.getByRole('region', { name: 'What the merge will do' });
  await expect(preview.locator('.merge-summary')).toHaveText(
    `Merging colleague.json: Adds 1 article, 0 sides, 1 speaker, 0 questions and 1 claim; ${corpus.articles.length} articles and ${corpus.claims.length} claims are already here.`,
  );
  await expect(preview.locator('li[data-kind="article"][data-how="added"]')).toHaveText('Article “A third outlet”: added');
  await expect(preview.locator('li[data-kind="article"][data-how="matched"]')).toHaveCount(corpus.articles.length);
  await expect(preview.locator('li[data-kind="article"][data-how="matched"]').first()).toContainText('(same address)');
  // Nothing has changed yet.
  await expect(page.locator('#sources-heading')).toHaveText('3 articles');
  await expect(page.locator('.versions .version')).toHaveCount(1);

  await preview.getByRole('button', { name: 'Merge' }).click();
  await expect(notice(page)).toHaveText("Saved: Merged “A colleague's reading”: 1 article and 1 claim added.");
  await expect(page.locator('#sources-heading')).toHaveText('4 articles');
  await page.reload();
  await expect(page.locator('.sources .article-title')).toHaveCount(4);
  const titles = await page.locator('.sources .article-title').allTextContents();
  expect(titles).toHaveLength(4);
  expect(new Set(titles).size).toBe(4);
  await page.goto(`./?corpus=${ID}&view=claims&speaker=lavrov`);
  await expect(page.locator('.claim-list .claim')).toHaveCount(1);
  await expect(page.locator('.claim-list .claim .quote')).toHaveText(quote);
});

test('a claim is split after the selected words, and an article\'s details are edited or refused', async ({ page }) => {
  await importThree(page);
  await page.goto(`./?corpus=${ID}&view=read&article=${FIRST.article}&claim=${FIRST.id}`);
  const panel = page.locator('#read-panel');
  await panel.getByRole('button', { name: 'Edit' }).click();
  // The first part: the quote's words up to its first space after ten characters.
  const cut = FIRST.quote.indexOf(' ', 10);
  const first = FIRST.quote.slice(0, cut);
  await selectChars(page, FIRST.paragraph, FIRST.start, FIRST.start + cut);
  await panel.getByRole('button', { name: 'Split after the selected words' }).click();
  await expect(notice(page)).toHaveText(/^Saved: Split John Bolton's claim “.*” in two\.$/);
  await page.goto(`./?corpus=${ID}&view=claims&speaker=bolton`);
  await expect(page.locator('.claim-list .claim')).toHaveCount(BOLTON.length + 1);
  await expect(page.locator(`.claim-list .claim[data-claim-id="${FIRST.id}"] .quote`)).toHaveText(first);
  await expect(page.locator(`.claim-list .claim[data-claim-id="${FIRST.id}-2"] .quote`)).toHaveText(FIRST.quote.slice(cut + 1));

  // The article's details: a bad date is refused; a new title is kept.
  await page.goto(`./?corpus=${ID}&view=read&article=${FIRST.article}`);
  await page.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: "Edit the article's details" });
  await form.getByLabel('Published (YYYY-MM-DD or YYYY-MM)').fill('2018-02-30');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toHaveText(/^The corpus would break a rule: /);
  const article = THREE.articles.find((a) => a.id === FIRST.article);
  await form.getByLabel('Published (YYYY-MM-DD or YYYY-MM)').fill(article.published);
  await form.getByLabel('Title').fill('A better headline');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(notice(page)).toHaveText(/^Saved: Changed the title of the article /);
  await page.reload();
  await expect(page.locator('#read-headline')).toHaveText('A better headline');
});
