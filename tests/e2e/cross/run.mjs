// The cross-engine smoke suite: every scenario of scenarios.mjs in Firefox ESR and in WebKitGTK,
// against the release build (dist/, or DIST). `node cross/run.mjs [firefox] [webkit]`, CROSS_ONLY
// to pick scenarios by name; prints a line per scenario and exits non-zero if any failed.
import { DIST } from '../server.mjs';
import { firefox, webkit } from './drivers.mjs';
import { scenarios } from './scenarios.mjs';
import { serve } from './serve.mjs';

const ENGINES = { firefox, webkit };
const SCENARIO_LIMIT = 120_000;
const chosen = process.argv.slice(2);
// CROSS_ONLY=<regex> runs only the scenarios whose name matches.
const only = new RegExp(process.env.CROSS_ONLY ?? '');
const picked = scenarios.filter((s) => only.test(s.name));
for (const name of chosen) if (!ENGINES[name]) throw new Error(`unknown engine ${name} (firefox, webkit)`);

const secs = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
/** `promise`, or a failure after `ms` that says where it was (`where()`). */
const withLimit = (promise, ms, where) =>
  Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`no end after ${ms / 1000} s; ${where()}`)), ms).unref()),
  ]);

const site = await serve(DIST);
let failures = 0;
try {
  for (const [key, launch] of Object.entries(ENGINES)) {
    if (chosen.length && !chosen.includes(key)) continue;
    const started = Date.now();
    let engine;
    try {
      engine = await launch();
    } catch (e) {
      failures++;
      console.log(`✗ ${key}: does not start: ${e.message}`);
      continue;
    }
    console.log(`${engine.name} ${engine.version}`);
    let passed = 0;
    for (const s of picked) {
      const t = Date.now();
      let page;
      try {
        await withLimit(
          (async () => {
            page = await engine.newPage();
            await s.run(page, site.url);
            const errors = await page.errors();
            if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
          })(),
          SCENARIO_LIMIT,
          () => `last step: ${page ? page.step : 'opening a page'}`,
        );
        passed++;
        console.log(`  ✓ ${s.name} (${secs(t)})`);
      } catch (e) {
        failures++;
        console.log(`  ✗ ${s.name} (${secs(t)})\n      ${e.message.split('\n')[0]}`);
      } finally {
        await withLimit(page?.close() ?? Promise.resolve(), 30_000, () => 'closing the page').catch((e) =>
          console.log(`      ${e.message}`),
        );
      }
    }
    await engine.close();
    console.log(`${engine.name}: ${passed} of ${picked.length} passed in ${secs(started)}\n`);
  }
} finally {
  await site.close();
}
process.exit(failures ? 1 : 0);
