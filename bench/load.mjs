// The benchmark's cold loads of the landing view on one corpus only, printed, not written to the
// report: for trying a change quickly (not part of the benchmark). Times from navigation start.
//
//   node bench/load.mjs DIST CORPUS [loads]
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, CHROMIUM } from './chromium.mjs';
import { initScript, loadFigures } from './measure.mjs';
import { startServer } from './server.mjs';
import { summary } from './stats.mjs';

const [distArg, corpusArg, loads = '5'] = process.argv.slice(2);
if (!distArg || !corpusArg) {
  console.error('usage: node bench/load.mjs DIST CORPUS [loads]');
  process.exit(2);
}
const corpus = path.resolve(corpusArg);
const server = await startServer(path.resolve(distArg), () => corpus);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
try {
  const figures = [];
  for (let i = 0; i < Number(loads); i++) {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(initScript);
    await page.goto(server.url, { timeout: 120_000 });
    await page.waitForFunction(
      () => window.__bench.firstView !== null && performance.getEntriesByName('claimscope:search-ready').length > 0,
      null,
      { timeout: 120_000, polling: 50 },
    );
    figures.push(await page.evaluate(loadFigures));
    await context.close();
  }
  const show = (name, pick) => {
    const s = summary(figures.map(pick));
    console.log(`${name.padEnd(28)} ${s.median.toFixed(0).padStart(6)} / ${s.p95.toFixed(0).padStart(6)} ms`);
  };
  show('response ends', (f) => f.responseEnd);
  show('body in wasm memory', (f) => f.fetched);
  show('read and checked', (f) => f.validated);
  show('facet index', (f) => f.indexed);
  show('first view', (f) => f.firstView);
  show('search ready', (f) => f.searchReady);
  show('longest task after first view', (f) => f.longestTaskAfterFirstView);
  show('longest task, whole load', (f) => f.longestTaskDuringLoad);
} finally {
  await browser.close();
  await server.close();
}
