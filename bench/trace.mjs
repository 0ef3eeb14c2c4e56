// The browser's own work behind facet clicks in the Claims view, from a DevTools trace: per
// click, the time in script, style, layout and paint (the benchmark's "on screen" figure ends
// where the frame begins, before its style, layout and paint). Not part of the benchmark.
//
//   node bench/trace.mjs DIST CORPUS [clicks]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, CHROMIUM } from './chromium.mjs';
import { FACETS } from './drive.mjs';
import { facetClicks, initScript } from './measure.mjs';
import { startServer } from './server.mjs';

const [distArg, corpusArg, clicksArg = '16'] = process.argv.slice(2);
if (!distArg || !corpusArg) {
  console.error('usage: node bench/trace.mjs DIST CORPUS [clicks]');
  process.exit(2);
}
const clicks = Number(clicksArg);
const server = await startServer(path.resolve(distArg), () => path.resolve(corpusArg));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-trace-')), 'trace.json');
try {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(initScript);
  await page.goto(`${server.url}?view=claims`, { timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('claimscope:search-ready').length > 0, null, {
    polling: 50,
    timeout: 120_000,
  });
  // A few clicks first, so the trace holds the steady state only.
  await page.evaluate(facetClicks, [FACETS[0], 8]);
  await browser.startTracing(page, { path: file, categories: ['devtools.timeline'] });
  await page.evaluate(facetClicks, [FACETS[0], clicks]);
  await browser.stopTracing();
} finally {
  await browser.close();
  await server.close();
}

const events = JSON.parse(fs.readFileSync(file, 'utf8')).traceEvents.filter((e) => e.ph === 'X' && e.dur);
const phases = {
  // Each click runs in the task of the timer that follows the previous one (measure.mjs), with
  // the app's effects (microtasks) after the event itself.
  'script (the click task, with the app\'s effects)': ['TimerFire'],
  'style': ['UpdateLayoutTree'],
  'layout': ['Layout'],
  'paint (pre-paint and paint)': ['PrePaint', 'Paint'],
};
console.log(`${clicks} clicks on ${FACETS[0]}; main-thread time per click, ms (mean):`);
for (const [name, names] of Object.entries(phases)) {
  const ms = events.filter((e) => names.includes(e.name)).reduce((a, e) => a + e.dur / 1000, 0) / clicks;
  console.log(`${ms.toFixed(2).padStart(8)}  ${name}`);
}
