// The benchmark's facet clicks and keystrokes on one corpus only, printed, not written to the
// report: for trying a change quickly (not part of the benchmark).
//
//   node bench/interact.mjs DIST CORPUS [rounds]
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, CHROMIUM } from './chromium.mjs';
import { FACETS, QUERIES } from './drive.mjs';
import { facetClicks, initScript, typeQuery } from './measure.mjs';
import { startServer } from './server.mjs';
import { summary } from './stats.mjs';

const [distArg, corpusArg, rounds = '16'] = process.argv.slice(2);
if (!distArg || !corpusArg) {
  console.error('usage: node bench/interact.mjs DIST CORPUS [rounds]');
  process.exit(2);
}
const corpus = path.resolve(corpusArg);
const server = await startServer(path.resolve(distArg), () => corpus);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
try {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(initScript);
  await page.goto(`${server.url}?view=claims`, { timeout: 120_000 });
  await page.waitForSelector('.claim-list .claim', { timeout: 120_000 });
  // The search index built (a keystroke before then waits for the rest of it).
  await page.waitForFunction(() => performance.getEntriesByName('claimscope:search-ready').length > 0, null, { polling: 50, timeout: 120_000 });
  const show = (name, xs) => {
    const s = summary(xs.map((x) => x.screen));
    const f = summary(xs.map((x) => x.filter));
    const d = summary(xs.map((x) => x.dom));
    console.log(`${name.padEnd(20)} DOM updated ${d.median.toFixed(1)} / ${d.p95.toFixed(1)} ms, on screen ${s.median.toFixed(1)} / ${s.p95.toFixed(1)} ms, search alone ${f.median.toFixed(1)} / ${f.p95.toFixed(1)} ms (${s.n} samples)`);
  };
  const clicks = [];
  for (const selector of FACETS) clicks.push(...(await page.evaluate(facetClicks, [selector, Number(rounds)])));
  show('facet click', clicks);
  for (const [name, query] of Object.entries(QUERIES)) {
    const keys = [];
    for (let r = 0; r < Math.max(1, Number(rounds) / 8); r++) keys.push(...(await page.evaluate(typeQuery, query)));
    show(`search, ${name}`, keys);
  }
} finally {
  await browser.close();
  await server.close();
}
