// Lighthouse alone, as the benchmark runs it (mobile, simulated throttling, the build served
// gzip-compressed), a given number of times; prints each run and the median by score.
//
// usage: node bench/lighthouse-only.mjs DIST [runs]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { CHROME_FLAGS, CHROMIUM } from './chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(process.argv[2] ?? path.join(here, '../dist'));
const count = Number(process.argv[3] ?? 3);
const corpus = path.join(dist, 'data/corpus.json');
const hosted = await startServer(dist, () => corpus, { gzip: true });
const runs = [];
for (let i = 0; i < count; i++) {
  const r = await runLighthouse(hosted.url, CHROMIUM, CHROME_FLAGS);
  runs.push(r);
  console.log(`run ${i + 1}: score ${r.score}, FCP ${r.fcp.toFixed(0)} ms, LCP ${r.lcp.toFixed(0)} ms, TBT ${r.tbt.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}, SI ${r.si.toFixed(0)} ms`);
}
await hosted.close();
runs.sort((a, b) => a.score - b.score);
const m = runs[Math.floor(runs.length / 2)];
console.log(`median (Lighthouse ${m.version}, ${m.formFactor}): score ${m.score} (${runs.map((r) => r.score).join(', ')}), FCP ${m.fcp.toFixed(0)} ms, LCP ${m.lcp.toFixed(0)} ms, TBT ${m.tbt.toFixed(0)} ms, CLS ${m.cls.toFixed(3)}`);
