// A static file server for the release build, on 127.0.0.1 only.
// `node server.mjs [dir] [port]`; also importable: startServer(dir, port) -> { url, close }.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
// The build under test: `dist/`, or the folder named by DIST (relative to tests/e2e).
export const DIST = path.resolve(here, process.env.DIST ?? '../../dist');

export function startServer(dir = DIST, port = 0) {
  // dev: files are read on every request, so a test can deploy a new build into the same folder.
  const serve = sirv(dir, { dev: true, etag: true });
  const server = http.createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      // close() stops the server at once, its open (keep-alive) connections too: the browser
      // then finds nothing there, as when a host goes down.
      const close = () =>
        new Promise((r) => {
          server.close(r);
          server.closeAllConnections();
        });
      resolve({ url: `http://127.0.0.1:${p}/`, close });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : DIST;
  const port = Number(process.argv[3] ?? 4173);
  const { url } = await startServer(dir, port);
  console.log(`Serving ${dir} at ${url}`);
}
