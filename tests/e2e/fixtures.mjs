// Shared fixtures: every page fails its test on a console error, an uncaught exception,
// or a request that leaves 127.0.0.1.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  // Console errors a test expects (for example the browser's own line for a 404), as regexes.
  allowedConsoleErrors: [[], { option: true }],
  problems: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !allowedConsoleErrors.some((re) => re.test(msg.text())))
          problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
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
