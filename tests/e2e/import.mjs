// Importing a corpus file through the Library view, as a person does.
import { expect } from './fixtures.mjs';
import { corpus } from './corpus.mjs';

const clone = (x) => JSON.parse(JSON.stringify(x));

/** A valid corpus of three articles: the two bundled ones and a copy of VOA's under new ids. */
export function threeArticles() {
  const c = clone(corpus);
  c.id = 'my-inf-corpus';
  c.title = 'My INF reading list';
  const voa = c.articles.find((a) => a.outlet === 'VOA');
  const copy = clone(voa);
  copy.id = `${voa.id}-reprint`;
  copy.title = 'Reprint: ' + voa.title;
  for (const p of copy.paragraphs) p.id = `${p.id}-reprint`;
  c.articles.push(copy);
  const claims = c.claims
    .filter((cl) => cl.article === voa.id)
    .map((cl) => ({ ...clone(cl), id: `${cl.id}-reprint`, article: copy.id, paragraph: `${cl.paragraph}-reprint` }));
  c.claims.push(...claims);
  return c;
}


/** Imports `content` (an object, or a string taken as the file's text) through the file picker. */
export async function importFile(page, content, name = 'corpus.json') {
  const buffer = Buffer.from(typeof content === 'string' ? content : JSON.stringify(content));
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

export async function openLibrary(page, query = '') {
  await page.goto(`./?${query}${query ? '&' : ''}view=library`);
  await expect(page.getByRole('heading', { name: 'Import a corpus file' })).toBeVisible();
}


/**
 * The bundled corpus with `n` dated events: copies of its first event, one every
 * 365 / `n` days of 2018 in order (so about `n` / 365 a day), and its 1987 event kept.
 */
export function manyEvents(n) {
  const c = clone(corpus);
  c.id = 'many-events';
  const first = c.events.find((e) => e.date.startsWith('2018')) ?? c.events[0];
  const start = Date.UTC(2018, 0, 1);
  c.events = c.events.filter((e) => e.date.startsWith('1987'));
  for (let k = 0; c.events.length < n; k++) {
    const day = new Date(start + Math.floor((k * 365) / n) * 86_400_000).toISOString().slice(0, 10);
    c.events.push({ ...clone(first), id: `ev-${k}`, date: day, label: `Event ${k} of the year` });
  }
  return c;
}

/** How many of `c`'s events fall on dates starting with `prefix` ("2018-10", "2018-10-24"). */
export const eventsOn = (c, prefix) => c.events.filter((e) => e.date.startsWith(prefix)).length;

/** The bundled corpus with `n` claims (copies of its own under new ids), as corpus `id`. */
export function manyClaims(n, id = 'many-claims') {
  const c = clone(corpus);
  c.id = id;
  const own = c.claims;
  c.claims = Array.from({ length: n }, (_, i) => ({ ...own[i % own.length], id: `claim-${i}` }));
  return c;
}

/** Installed before a page loads: every text `selector` shows, in order, in `window.__said`. */
export function recordTexts(selector) {
  window.__said = [];
  new MutationObserver(() => {
    const el = document.querySelector(selector);
    if (el && el.textContent !== window.__said.at(-1)) window.__said.push(el.textContent);
  }).observe(document, { childList: true, subtree: true, characterData: true });
}
