// The cross-engine smoke scenarios, written once against the page interface of drivers.mjs:
// what a person sees on the landing, in Claims, Read and Timeline, after an import and a reload,
// and once the server is gone. Each runs in a fresh profile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST } from '../server.mjs';
import { corpus, PAGE } from '../corpus.mjs';
import { threeArticles } from '../import.mjs';
import { serve } from './serve.mjs';

/** Waits until `fn`, run in the page, returns something truthy, and returns it. */
async function see(page, what, fn, { timeout = 20_000, args = [] } = {}) {
  page.step = `waiting for ${what}`;
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await page.evaluate(fn, ...args);
      if (last) return last;
    } catch (e) {
      last = e.message;
    }
    if (Date.now() > end) throw new Error(`not seen within ${timeout / 1000} s: ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs in the page (so it takes the tab's name as an argument, not from a closure). */
const isCurrentTab = (name) => document.querySelector('.tabs a[aria-current=page]')?.textContent.trim() === name;

/** The landing: the Compare tab, the glance grid's three sides, the bundled articles, no alert. */
async function seeLanding(page) {
  await see(page, 'the Compare tab is current', isCurrentTab, { args: ['Compare'] });
  await see(page, 'the glance grid has the columns United States, Russia, NATO', () =>
    JSON.stringify([...document.querySelectorAll('.glance-table thead th')].map((th) => th.textContent.trim())) ===
    JSON.stringify(['Question', 'United States', 'Russia', 'NATO']),
  );
  await see(page, `${corpus.articles.length} articles listed`, (n) => document.querySelectorAll('.sources [data-article-id]').length === n, {
    args: [corpus.articles.length],
  });
  const fatal = await page.evaluate(() => document.getElementById('fatal-error')?.textContent ?? null);
  if (fatal) throw new Error(`the page shows an error: ${fatal}`);
}

const shownSides = () => [...document.querySelectorAll('.claim-list [data-claim-id]')].map((e) => e.dataset.side);

export const scenarios = [
  {
    name: 'the landing shows the three sides',
    async run(page, url) {
      await page.goto(url);
      await seeLanding(page);
    },
  },
  {
    name: 'a NATO link, a facet click and a search filter the claims',
    async run(page, url) {
      const nato = corpus.claims.filter((c) => c.side === 'nato').length;
      await page.goto(`${url}?view=claims&side=nato`);
      await see(page, `only NATO's claims (${Math.min(nato, PAGE)} shown)`, (n) => {
        const sides = [...document.querySelectorAll('.claim-list [data-claim-id]')].map((e) => e.dataset.side);
        return sides.length === n && sides.every((s) => s === 'nato');
      }, { args: [Math.min(nato, PAGE)] });

      await page.click('fieldset[data-facet=side] label[data-value="us"] input');
      await see(page, 'side=nato,us in the address', () => /[?&]side=nato,us(&|$)/.test(location.search));
      await see(page, 'claims of NATO and the United States', () => {
        const sides = new Set([...document.querySelectorAll('.claim-list [data-claim-id]')].map((e) => e.dataset.side));
        return sides.size === 2 && sides.has('nato') && sides.has('us');
      });
      const before = await page.evaluate(() => document.querySelector('.result-count').textContent);

      await page.type('#search', 'arms');
      await see(page, 'q=arms in the address', () => /[?&]q=arms(&|$)/.test(location.search));
      await see(page, 'a shorter list with "arms" highlighted', (before) => {
        const marks = [...document.querySelectorAll('.claim-list mark')].map((m) => m.textContent);
        const count = document.querySelector('.result-count').textContent;
        return count !== before && marks.length > 0 && marks.every((m) => /arms/i.test(m));
      }, { args: [before] });
      const sides = await page.evaluate(shownSides);
      if (!sides.length || sides.some((s) => s !== 'nato' && s !== 'us')) throw new Error(`sides after search: ${sides}`);
    },
  },
  {
    name: 'Read and Timeline render; Back and Forward restore them',
    async run(page, url) {
      const readShown = () =>
        document.querySelector('.tabs a[aria-current=page]')?.textContent.trim() === 'Read' &&
        /[?&]view=read(&|$)/.test(location.search) &&
        document.querySelector('#read-headline')?.textContent.trim().length > 0 &&
        document.querySelectorAll('.read-article .para').length > 0;
      const timelineShown = (n) =>
        document.querySelector('.tabs a[aria-current=page]')?.textContent.trim() === 'Timeline' &&
        /[?&]view=timeline(&|$)/.test(location.search) &&
        document.querySelectorAll('.tl-mark').length === n &&
        !document.querySelector('#read-headline');
      const events = { args: [corpus.events.length] };

      await page.goto(`${url}?view=read`);
      await see(page, 'the Read view with an article', readShown);
      await page.click('.tabs a[href^="?view=timeline"]');
      await see(page, `the Timeline view with ${corpus.events.length} events`, timelineShown, events);
      await page.back();
      await see(page, 'Back: the Read view again', readShown);
      await page.forward();
      await see(page, 'Forward: the Timeline view again', timelineShown, events);
    },
  },
  {
    name: 'an imported corpus of three articles survives a reload',
    async run(page, url) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-cross-'));
      const file = path.join(dir, 'my-inf.json');
      fs.writeFileSync(file, JSON.stringify(threeArticles()));
      try {
        await page.goto(`${url}?view=library`);
        await see(page, 'the Library view', isCurrentTab, { args: ['Library'] });
        await page.upload('#import-file', file);
        const three = () => document.querySelector('#sources-heading')?.textContent.trim() === '3 articles';
        await see(page, '"3 articles"', three);
        await page.reload();
        await see(page, '"3 articles" after the reload', three);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'with the server stopped, the service worker serves the landing',
    async run(page) {
      const site = await serve(DIST);
      let up = true;
      try {
        await page.goto(site.url);
        await seeLanding(page);
        await see(page, 'a service worker controls the page', () => navigator.serviceWorker.controller !== null, {
          timeout: 60_000,
        });
        page.step = 'stopping the server';
        await site.close();
        up = false;
        const answer = await fetch(site.url).then(() => 'it answered', () => null);
        if (answer) throw new Error('the server still answers after close()');
        await page.reload();
        await seeLanding(page);
        // The app checks for a new version once it runs: give that check time to fail.
        await new Promise((r) => setTimeout(r, 3000));
      } finally {
        if (up) await site.close();
      }
    },
  },
];
