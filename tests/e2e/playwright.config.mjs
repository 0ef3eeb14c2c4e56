import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium with the flags every browser test and the benchmark use (webdriver.json, at
// the top of the repository, is read by wasm-bindgen-test too). Playwright adds its own
// headless flag.
const chrome = JSON.parse(fs.readFileSync(new URL('../../webdriver.json', import.meta.url)))['goog:chromeOptions'];

// DIST and PORT let several builds be tested side by side.
const PORT = Number(process.env.PORT ?? 4173);
const DIST = process.env.DIST ?? '../../dist';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      // Playwright cannot download browsers on this network.
      executablePath: chrome.binary,
      args: chrome.args.filter((a) => !a.startsWith('--headless')),
    },
  },
  webServer: {
    command: `node server.mjs ${DIST} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
