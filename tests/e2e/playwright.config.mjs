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
  // Tests of wall-clock times in the page run last and alone: with other tests' browsers on the
  // same two cores, a task of 60 ms measured over 300.
  projects: [
    { name: 'main', testIgnore: /timing\.spec\.mjs$/ },
    { name: 'timing', testMatch: /timing\.spec\.mjs$/, dependencies: ['main'] },
  ],
  webServer: {
    command: `node server.mjs ${DIST} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
