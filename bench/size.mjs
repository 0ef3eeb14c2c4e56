// The first load's size: every file the browser fetches to show the landing view, gzip -9.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const gzip = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** Files of the first load, by kind, with raw and gzip bytes; and the service worker apart. */
export function firstLoadSize(dist) {
  const files = fs.readdirSync(dist);
  const pick = (test) => files.filter(test).map((f) => path.join(dist, f));
  const kinds = [
    ['HTML', pick((f) => f === 'index.html')],
    ['wasm', pick((f) => f.endsWith('.wasm'))],
    ['JS', pick((f) => f.endsWith('.js') && f !== 'sw.js')],
    ['CSS', pick((f) => f.endsWith('.css'))],
    ['corpus', [path.join(dist, 'data/corpus.json')]],
    ['manifest', pick((f) => f === 'manifest.webmanifest')],
  ];
  const rows = kinds.map(([kind, list]) => ({
    kind,
    files: list.map((f) => path.basename(f)),
    raw: list.reduce((n, f) => n + fs.statSync(f).size, 0),
    gzip: list.reduce((n, f) => n + gzip(f), 0),
  }));
  const sw = path.join(dist, 'sw.js');
  // The critical path: what the first paint needs (the page, with its prerendered landing, and
  // its stylesheets); the rest comes after it.
  const critical = rows.filter((r) => r.kind === 'HTML' || r.kind === 'CSS').reduce((n, r) => n + r.gzip, 0);
  return {
    rows,
    critical,
    rest: rows.reduce((n, r) => n + r.gzip, 0) - critical,
    total: rows.reduce((n, r) => n + r.gzip, 0),
    serviceWorker: fs.existsSync(sw) ? gzip(sw) : null,
  };
}
