// The release build on 127.0.0.1 for the cross-engine suite, with a close() that really stops:
// it also drops the browsers' keep-alive connections, so "the server is gone" is true at once.
import http from 'node:http';
import sirv from 'sirv';

export function serve(dir) {
  const files = sirv(dir, { etag: true });
  const server = http.createServer((req, res) =>
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const close = () =>
        new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close });
    });
  });
}
