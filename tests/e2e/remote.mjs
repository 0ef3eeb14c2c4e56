// A second origin for links that open a corpus published elsewhere (`src=`): HTTPS on 127.0.0.2
// with a certificate made for the test (the browser context is told to accept it), CORS open to
// any page, and one route per case a person may meet.
import https from 'node:https';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { corpus } from './corpus.mjs';

/** The bundled corpus published under another id and title: what a colleague shares. */
export const shared = { ...corpus, id: 'shared-inf', title: 'INF Treaty, as a colleague published it' };

function certificate() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-remote-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.2',
    '-addext', 'subjectAltName=IP:127.0.0.2', '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

/** Starts the second origin: { origin, requests (paths asked for), close }. */
export function startRemote() {
  const requests = [];
  const server = https.createServer(certificate(), (req, res) => {
    requests.push(req.url);
    res.setHeader('Access-Control-Allow-Origin', '*');
    const json = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(body);
    };
    switch (req.url) {
      case '/corpus.json':
        return json(200, JSON.stringify(shared));
      case '/page.json':
        res.writeHead(200, { 'Content-Type': 'text/html' });
        return res.end('<!doctype html><title>Not found</title><p>This page moved.</p>');
      case '/broken.json':
        return json(200, '{"schema": 1, "id": "x", "articles": [');
      case '/huge.json':
        // Announces 60 MB; the app refuses on the announcement, before the body.
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(60 * 1024 * 1024) });
        return res.end();
      default:
        return json(404, '{"error": "not found"}');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.2', () => {
      const { port } = server.address();
      const close = () =>
        new Promise((r) => {
          server.close(r);
          server.closeAllConnections();
        });
      resolve({ origin: `https://127.0.0.2:${port}`, requests, close });
    });
  });
}
