// A static server for the release build on 127.0.0.1, serving any corpus file in place of
// data/corpus.json (with its Content-Length, uncompressed: loopback, so the network is not what
// is measured). With `gzip`, it compresses text files as a static host does (for Lighthouse,
// whose simulated network counts the bytes sent).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The file types a static host compresses. */
const COMPRESSED = new Set(['.html', '.js', '.wasm', '.css', '.json', '.webmanifest', '.svg']);

/**
 * Serves `dist`; `corpus()` names the file served as data/corpus.json. With `gzip`, text files
 * go out gzip-compressed (level 9, each compressed once) to a client that accepts it.
 */
export function startServer(dist, corpus, { gzip = false } = {}) {
  const compressed = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.join(dist, decodeURIComponent(url.pathname));
    if (url.pathname === '/data/corpus.json') file = corpus();
    else if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    if (!file.startsWith(dist) && file !== corpus()) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404).end('not found');
        return;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      if (gzip && COMPRESSED.has(path.extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file} ${stat.mtimeMs}`;
        if (!compressed.has(key)) compressed.set(key, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
        const body = compressed.get(key);
        res.writeHead(200, {
          'Content-Type': type,
          'Content-Encoding': 'gzip',
          'Content-Length': body.length,
          'Cache-Control': 'no-store',
          Vary: 'Accept-Encoding',
        });
        res.end(body);
        return;
      }
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': stat.size, 'Cache-Control': 'no-store' });
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
