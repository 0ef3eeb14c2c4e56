// Where the time goes: a DevTools CPU profile of the page's load, or of one facet click or one
// search keystroke in the Claims view, with the functions of most self time printed.
// Not part of the benchmark. Build and corpora as `cargo xtask bench` leaves them:
//
//   node bench/profile.mjs load  target/bench/dist target/bench/corpus-100000.json
//   node bench/profile.mjs click target/bench/dist target/bench/corpus-100000.json
//   node bench/profile.mjs key   target/bench/dist target/bench/corpus-100000.json [query]
//   node bench/profile.mjs switch target/bench/dist target/bench/corpus-100000.json [tab]
//     (a click on a tab, Timeline unless named, from the Claims view)
//
// The raw profile is written to target/bench/<what>.cpuprofile (open it in DevTools).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { CHROME_FLAGS, CHROMIUM } from './chromium.mjs';
import { initScript } from './measure.mjs';

const [what, distArg, corpusArg, query = 'missiles'] = process.argv.slice(2);
if (!['load', 'click', 'key', 'switch'].includes(what) || !distArg || !corpusArg) {
  console.error('usage: node bench/profile.mjs load|click|key|switch DIST CORPUS [query|tab]');
  process.exit(2);
}
const dist = path.resolve(distArg);
const corpus = path.resolve(corpusArg);
const server = await startServer(dist, () => corpus);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
try {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(initScript);
  page.setDefaultTimeout(300_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (what === 'load') {
    await cdp.send('Profiler.start');
    await page.goto(server.url);
    await page.waitForFunction(() => window.__bench.firstView !== null, null, { polling: 50 });
  } else {
    await page.goto(`${server.url}?view=claims`);
    await page.locator('.claim-list .claim').first().waitFor();
    // The search index built (a keystroke before then waits for the rest of it).
    await page.waitForFunction(() => performance.getEntriesByName('claimscope:search-ready').length > 0, null, { polling: 50, timeout: 120_000 });
    const box = page.locator('#search');
    if (what === 'key') await box.fill(query.slice(0, -1));
    await page.waitForTimeout(500);
    await cdp.send('Profiler.start');
    if (what === 'key') await box.press(query.at(-1));
    else if (what === 'switch') await page.getByRole('link', { name: process.argv[5] ?? 'Timeline', exact: true }).click();
    else await page.locator('.facet[data-facet="side"] [data-value="nato"] input').click();
    await page.waitForTimeout(300);
  }
  const { profile } = await cdp.send('Profiler.stop');
  const out = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../target/bench', `${what}.cpuprofile`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(profile));
  printTop(profile);
  if (what === 'load') {
    const marks = await page.evaluate(() =>
      [...performance.getEntriesByType('mark'), { name: 'first view', startTime: window.__bench.firstView }]
        .map((m) => `${m.name} ${m.startTime.toFixed(0)} ms`),
    );
    console.log(`\nmarks (ms from navigation start; profiling slows the page): ${marks.join(', ')}`);
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => `${r.name.split('/').pop()} ${r.fetchStart.toFixed(0)}–${r.responseEnd.toFixed(0)} ms`),
    );
    console.log(`resources: ${resources.join(', ')}`);
  }
  console.log(`\nprofile: ${out}`);
} finally {
  await browser.close();
  await server.close();
}

/** The functions with the most self time, ms. */
function printTop(profile) {
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? path.basename(f.url) : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`profile ${total.toFixed(0)} ms; most self time:`);
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${k}`);
}
