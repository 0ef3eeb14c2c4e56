import { defineConfig } from '@playwright/test';

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
      // Debian's Chromium: Playwright cannot download browsers on this network.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node server.mjs ${DIST} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
