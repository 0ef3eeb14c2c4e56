// What editing costs on one corpus, printed, not written to the report (for trying a change
// quickly; not part of the benchmark): an editable copy made of the served corpus, then rounds
// of a claim's summary saved and undone, and a reload that replays the history. Each step is
// timed from the click to the notice that says it is done, with the longest main-thread task
// in between.
//
//   node bench/edit.mjs DIST CORPUS [rounds]
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, CHROMIUM } from './chromium.mjs';
import { initScript } from './measure.mjs';
import { startServer } from './server.mjs';
import { summary } from './stats.mjs';

const [distArg, corpusArg, rounds = '5'] = process.argv.slice(2);
if (!distArg || !corpusArg) {
  console.error('usage: node bench/edit.mjs DIST CORPUS [rounds]');
  process.exit(2);
}
const corpus = path.resolve(corpusArg);
const server = await startServer(path.resolve(distArg), () => corpus);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });

/** Runs `act`, then waits for `done`; the wall time and the longest task in between, in ms. */
async function timed(page, act, done, { reload = false } = {}) {
  // A reload starts a new page, whose clock starts at 0.
  const from = reload ? 0 : await page.evaluate(() => performance.now());
  const t0 = Date.now();
  await act();
  await done();
  const wall = Date.now() - t0;
  const longest = await page.evaluate(
    (from) => Math.max(0, ...window.__bench.longTasks.filter((t) => t.start + t.duration >= from).map((t) => t.duration)),
    from,
  );
  return { wall, longest };
}

const show = (name, xs) => {
  const w = summary(xs.map((x) => x.wall));
  const l = summary(xs.map((x) => x.longest));
  console.log(`${name.padEnd(26)} done after ${w.median.toFixed(0)} ms (p95 ${w.p95.toFixed(0)}), longest task ${l.median.toFixed(0)} ms (p95 ${l.p95.toFixed(0)}), ${w.n} runs`);
};

try {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(initScript);
  await page.goto(`${server.url}?view=claims`, { timeout: 180_000 });
  await page.waitForSelector('.claim-list .claim', { timeout: 180_000 });
  const first = page.locator('.claim-list .claim').first();
  const id = await first.getAttribute('data-claim-id');
  const copy = await timed(
    page,
    async () => {
      await first.getByRole('button', { name: 'Edit' }).click();
      await first.getByRole('button', { name: 'Make an editable copy' }).click();
    },
    () => page.waitForSelector('.corpus-name:has-text("(your copy)")', { timeout: 300_000 }),
  );
  show('editable copy', [copy]);
  const card = page.locator(`.claim-list .claim[data-claim-id="${id}"]`);
  await card.waitFor({ timeout: 180_000 });
  const saves = [];
  const undos = [];
  for (let r = 0; r < Number(rounds); r++) {
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByLabel('Summary').fill(`Round ${r}.`);
    saves.push(
      await timed(
        page,
        () => card.getByRole('button', { name: 'Save' }).click(),
        () => page.waitForSelector(`#edit-notice:has-text("Saved:")`, { timeout: 180_000 }),
      ),
    );
    await card.waitFor({ timeout: 180_000 });
    undos.push(
      await timed(
        page,
        () => page.locator('.edit-notice .undo').click(),
        () => page.waitForSelector(`#edit-notice:has-text("Undid:")`, { timeout: 180_000 }),
      ),
    );
    // Redo, so the next round's undo has one more version under it.
    await page.locator('.edit-notice .redo').click();
    await page.waitForSelector(`#edit-notice:has-text("Redid:")`, { timeout: 180_000 });
  }
  show('save an edit', saves);
  show('undo', undos);
  const reload = await timed(
    page,
    () => page.reload(),
    () => card.waitFor({ timeout: 180_000 }),
    { reload: true },
  );
  show(`reload (${rounds} versions)`, [reload]);
} finally {
  await browser.close();
  await server.close();
}
