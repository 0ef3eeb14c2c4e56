// Shared fixtures: every page fails its test on a console error, an uncaught exception, an
// unhandled promise rejection, or a request that leaves 127.0.0.1.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  // The page at `/` first shows the landing prerendered in index.html, which the program swaps
  // for its own page once it runs (src/takeover.rs). A test acts on the program's page, so after
  // `page.goto` it waits for the swap (or for the page to say the program could not start); a
  // test of the landing itself turns this off.
  waitForTakeover: [true, { option: true }],
  page: async ({ page, waitForTakeover }, use) => {
    if (waitForTakeover) {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        await page.waitForFunction(
          () => !document.getElementById('landing') || document.documentElement.hasAttribute('data-deep') || document.getElementById('fatal-error'),
          null,
          { timeout: 15_000 },
        );
        return response;
      };
    }
    await use(page);
  },
  // Console errors and uncaught errors a test expects (the browser's own line for a 404, say), as
  // one regex.
  allowedConsoleErrors: [null, { option: true }],
  // Requests a test lets leave 127.0.0.1 (a second origin it serves itself), as one regex.
  allowedRemote: [null, { option: true }],
  problems: [
    async ({ page, allowedConsoleErrors, allowedRemote }, use) => {
      const problems = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !(allowedConsoleErrors && allowedConsoleErrors.test(msg.text())))
          problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => {
        if (!(allowedConsoleErrors && allowedConsoleErrors.test(err.message))) problems.push(`uncaught: ${err.message}`);
      });
      // A rejected promise nobody handled, in any engine: reported as a console error (above).
      await page.addInitScript(() => {
        addEventListener('unhandledrejection', (e) => {
          const why = e.reason && e.reason.message ? e.reason.message : String(e.reason);
          console.error(`unhandledrejection: ${why}`);
        });
      });
      page.on('request', (req) => {
        const url = new URL(req.url());
        const allowed = allowedRemote && allowedRemote.test(req.url());
        if (!allowed && !['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
          problems.push(`request leaving the origin: ${req.url()}`);
        }
      });
      await use(problems);
      expect(problems, 'the page reported problems').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
