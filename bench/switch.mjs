// Switching views in a loaded corpus: for each pair of views, the time from the tab's click to
// the new view in the DOM and on screen, and the longest main-thread task the switch caused.
// Measured inside the page (no round trip to Node inside a timing), in headless Chromium, with
// the corpus file served as the bundled one.
//
// usage: node bench/switch.mjs DIST CORPUS.json [rounds]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { summary } from './stats.mjs';
import { CHROME_FLAGS, CHROMIUM } from './chromium.mjs';

/** The views a tab opens, and an element only that view has. */
export const VIEWS = [
  ['Compare', '.compare-view'],
  ['Claims', '.claims-view'],
  ['Read', '.read-view'],
  ['Timeline', '.timeline-view'],
];

/** In the page: long tasks are kept from the start. */
export function initSwitch() {
  window.__switch = { longTasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__switch.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser.
  }
}

/**
 * In the page: clicks the tab named `label` and resolves, once `root` is in the DOM, to
 * { dom, screen, longest }: ms from before the click to the DOM change and to the frame after
 * it, and the longest task (ms, 0 if none over 50 ms) that started in the second after the click.
 */
export function switchTo([label, root]) {
  const tab = [...document.querySelectorAll('nav.tabs a')].find((a) => a.textContent.trim() === label);
  if (!tab) throw new Error(`no tab ${label}`);
  // Already there: nothing to time.
  if (document.querySelector(root)) return null;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} did not open within 20 s`)), 20_000);
    let dom = null;
    const done = (screen) => {
      setTimeout(() => {
        clearTimeout(timer);
        const longest = Math.max(
          0,
          ...window.__switch.longTasks.filter((t) => t.start >= t0 - 1 && t.start <= t0 + 1000).map((t) => t.duration),
        );
        resolve({ dom, screen, longest });
      }, 1_100);
    };
    const observer = new MutationObserver(() => {
      if (!document.querySelector(root)) return;
      observer.disconnect();
      dom = performance.now() - t0;
      requestAnimationFrame(() => done(performance.now() - t0));
    });
    observer.observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true });
    const t0 = performance.now();
    tab.click();
  });
}

export async function measureSwitches(page, rounds) {
  const out = {};
  for (let r = 0; r < rounds; r++) {
    for (const from of VIEWS) {
      for (const to of VIEWS) {
        if (from === to) continue;
        const key = `${from[0]} → ${to[0]}`;
        try {
          await page.evaluate(switchTo, from);
          (out[key] ??= []).push(await page.evaluate(switchTo, to));
        } catch (e) {
          console.log(`${key}: ${e.message.split('\n')[0]}`);
        }
      }
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist, corpus] = process.argv.slice(2, 4).map((p) => path.resolve(p));
  const rounds = Number(process.argv[4] ?? 3);
  const server = await startServer(dist, () => corpus);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(initSwitch);
  const claims = JSON.parse(fs.readFileSync(corpus, 'utf8')).claims.length;
  console.log(`${os.cpus().length} CPUs, ${os.cpus()[0].model}; load ${os.loadavg()[0].toFixed(2)}; ${claims} claims; ${rounds} rounds`);
  await page.goto(`${server.url}?view=claims`, { timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('claimscope:search-ready').length > 0, null, {
    timeout: 180_000,
    polling: 100,
  });
  const all = await measureSwitches(page, rounds);
  console.log('switch                 dom median / p95 (ms)   screen median (ms)   longest task median / max (ms)');
  for (const [name, ts] of Object.entries(all)) {
    const dom = summary(ts.map((t) => t.dom));
    const screen = summary(ts.map((t) => t.screen));
    const longest = summary(ts.map((t) => t.longest));
    console.log(
      `${name.padEnd(22)} ${dom.median.toFixed(0).padStart(6)} / ${dom.p95.toFixed(0).padEnd(14)} ${screen.median.toFixed(0).padStart(8)}             ${longest.median.toFixed(0).padStart(6)} / ${Math.max(...ts.map((t) => t.longest)).toFixed(0)}`,
    );
  }
  await browser.close();
  await server.close();
}
