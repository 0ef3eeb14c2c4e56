// The benchmark: the release build in headless Chromium at the seed corpus and at 1,000, 10,000
// and 100,000 synthetic claims; MiniSearch on the same texts and queries; Lighthouse (mobile);
// the first load's gzip size. Writes docs/benchmarks.md. Run by `cargo xtask bench`, which builds
// the release and the corpora first.
//
// usage: node bench/run.mjs DIST CORPUS_DIR [--quick]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { facetClicks, initScript, loadFigures, takeEvents, typeQuery } from './measure.mjs';
import { runMiniSearch } from './minisearch.mjs';
import { firstLoadSize } from './size.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { writeReport } from './report.mjs';
import { summary } from './stats.mjs';
import { CHROME_FLAGS, CHROMIUM } from './chromium.mjs';
import { FACETS, QUERIES } from './drive.mjs';
import { initSwitch, measureSwitches } from './switch.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..');
const [dist, corpusDir] = process.argv.slice(2).map((p) => path.resolve(p));
const quick = process.argv.includes('--quick');
// Other work on the machine shows in the figures: the load when the run starts is reported.
const loadAtStart = os.loadavg()[0];

const SIZES = [
  ['seed (33)', path.join(ROOT, 'data/corpus.json'), quick ? 3 : 10],
  ['1,000', path.join(corpusDir, 'corpus-1000.json'), quick ? 3 : 10],
  ['10,000', path.join(corpusDir, 'corpus-10000.json'), quick ? 3 : 7],
  ['100,000', path.join(corpusDir, 'corpus-100000.json'), quick ? 2 : 5],
];

let corpusFile = SIZES[0][1];
const server = await startServer(dist, () => corpusFile);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...CHROME_FLAGS, '--enable-precise-memory-info'],
});

async function newPage() {
  // No service worker: every load is a cold load of the corpus. CSP bypassed only so that
  // MiniSearch can be put into the page.
  const context = await browser.newContext({ serviceWorkers: 'block', bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(initScript);
  await page.addInitScript(initSwitch);
  return { context, page };
}

const results = [];
for (const [label, file, loads] of SIZES) {
  corpusFile = file;
  const bytes = fs.statSync(file).size;
  const claims = JSON.parse(fs.readFileSync(file, 'utf8')).claims.length;
  console.log(`\n${label} claims (${(bytes / 1048576).toFixed(1)} MB): ${loads} loads`);

  // Loading: cold page loads of the landing view.
  const load = [];
  for (let i = 0; i < loads; i++) {
    const { context, page } = await newPage();
    await page.goto(server.url, { timeout: 120_000 });
    await page.waitForFunction(
      () => window.__bench.firstView !== null && performance.getEntriesByName('claimscope:search-ready').length > 0,
      null,
      { timeout: 120_000, polling: 50 },
    );
    load.push(await page.evaluate(loadFigures));
    await context.close();
  }
  const figures = {
    fetch: summary(load.map((l) => l.responseEnd - l.fetchStart)),
    parse: summary(load.map((l) => l.validated - l.fetched)),
    index: summary(load.map((l) => l.indexed - l.validated)),
    textIndex: summary(load.map((l) => l.searchReady - l.textIndexStart)),
    longestTask: summary(load.map((l) => l.longestTaskAfterFirstView)),
    longestTaskLoad: summary(load.map((l) => l.longestTaskDuringLoad)),
    searchReady: summary(load.map((l) => l.searchReady)),
    toData: summary(load.map((l) => l.indexed)),
    firstView: summary(load.map((l) => l.firstView)),
    jsHeap: summary(load.map((l) => l.jsHeap)),
    wasmMemory: summary(load.map((l) => l.wasmMemory)),
  };
  console.log(`  first view: median ${figures.firstView.median.toFixed(0)} ms, p95 ${figures.firstView.p95.toFixed(0)} ms`);

  // Interactions, in the Claims view of one loaded page.
  const { context, page } = await newPage();
  await page.goto(`${server.url}?view=claims`, { timeout: 120_000 });
  await page.waitForSelector('.claim-list .claim', { timeout: 120_000 });
  // Steady state: the search index built (a keystroke before then waits for the rest of it).
  await page.waitForFunction(() => performance.getEntriesByName('claimscope:search-ready').length > 0, null, {
    timeout: 120_000,
    polling: 50,
  });
  const clicks = [];
  for (const selector of FACETS) {
    clicks.push(...(await page.evaluate(facetClicks, [selector, quick ? 4 : 16])));
  }
  const search = {};
  for (const [name, query] of Object.entries(QUERIES)) {
    search[name] = [];
    for (let r = 0; r < (quick ? 1 : 3); r++) search[name].push(...(await page.evaluate(typeQuery, query)));
  }
  const real = await realInput(page, quick);
  // Switching views, in the loaded corpus (the two large sizes).
  const switches = claims >= 10_000 ? await measureSwitches(page, quick ? 1 : 3) : null;
  await page.goto(`${server.url}?view=claims`, { timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('claimscope:search-ready').length > 0, null, {
    timeout: 120_000,
    polling: 50,
  });
  await page.addScriptTag({ path: path.join(here, 'node_modules/minisearch/dist/umd/index.js') });
  const mini = await page.evaluate(runMiniSearch, QUERIES);
  await context.close();

  results.push({
    label,
    claims,
    bytes,
    loads,
    figures,
    facet: {
      dom: summary(clicks.map((c) => c.dom)),
      screen: summary(clicks.map((c) => c.screen)),
      filter: summary(clicks.map((c) => c.filter)),
    },
    search: Object.fromEntries(
      Object.entries(search).map(([name, ks]) => [
        name,
        {
          dom: summary(ks.map((k) => k.dom)),
          screen: summary(ks.map((k) => k.screen)),
          filter: summary(ks.map((k) => k.filter)),
          mini: summary(mini.searches[name].map((k) => k.ms)),
          keystrokes: ks.length,
        },
      ]),
    ),
    miniBuild: mini.build,
    real,
    switches: switches
      ? Object.fromEntries(
          Object.entries(switches).map(([name, ts]) => [
            name,
            { dom: summary(ts.map((t) => t.dom)), longest: summary(ts.map((t) => t.longest)), max: Math.max(...ts.map((t) => t.longest)) },
          ]),
        )
      : null,
  });
  console.log(`  facet click p95 ${results.at(-1).facet.screen.p95.toFixed(1)} ms; MiniSearch build ${mini.build.toFixed(0)} ms`);
}
await browser.close();

await server.close();
// Lighthouse's simulated network counts the bytes sent: the build is served gzip-compressed, as
// a static host serves it. Of several runs, the one with the median score.
const hosted = await startServer(dist, () => SIZES[0][1], { gzip: true });
const runs = [];
for (let i = 0; i < (quick ? 1 : 3); i++) runs.push(await runLighthouse(hosted.url, CHROMIUM, CHROME_FLAGS));
await hosted.close();
runs.sort((a, b) => a.score - b.score);
const lighthouse = { ...runs[Math.floor(runs.length / 2)], scores: runs.map((r) => r.score) };
const size = firstLoadSize(dist);

const machine = {
  load: `${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`,
  cpu: os.cpus()[0].model,
  cores: os.cpus().length,
  ram: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  os: fs.readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="(.*)"/)?.[1] ?? os.platform(),
  chromium: execFileSync(CHROMIUM, ['--version']).toString().trim(),
  node: process.version,
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
};
const out = path.join(ROOT, 'docs/benchmarks.md');
// The paste's native cost, measured by `cargo xtask bench` before this script (absent when the
// script is run alone).
const probeFile = path.join(corpusDir, 'propose.txt');
const paste = fs.existsSync(probeFile) ? fs.readFileSync(probeFile, 'utf8').trim() : null;
writeReport(out, { results, lighthouse, size, machine, queries: QUERIES, quick, paste });
console.log(`\nwrote ${path.relative(ROOT, out)}`);

/**
 * Real clicks and keystrokes (Playwright's mouse and keyboard: trusted events, which the browser
 * times) in the Claims view: per input, the longest Event Timing duration the browser reported
 * for it (input to next paint), or null when it reported none (under 16 ms).
 */
async function realInput(page, quick) {
  const settle = () => page.waitForTimeout(150);
  await settle();
  await page.evaluate(takeEvents);
  const click = [];
  for (const selector of FACETS) {
    for (let i = 0; i < (quick ? 2 : 8); i++) {
      await page.click(selector);
      await settle();
      click.push(await page.evaluate(takeEvents));
    }
  }
  const key = [];
  for (const query of Object.values(QUERIES)) {
    await page.click('#search');
    for (const ch of query) {
      await page.keyboard.type(ch);
      await settle();
      key.push(await page.evaluate(takeEvents));
    }
    await page.keyboard.press('Escape');
    await settle();
    await page.evaluate(takeEvents);
  }
  return { click, key };
}
