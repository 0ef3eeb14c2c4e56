// The two engines of the cross-engine suite behind one small page interface: Firefox ESR driven
// by puppeteer-core over WebDriver BiDi, WebKitGTK's MiniBrowser driven by selenium-webdriver
// through WebKitWebDriver on a private Xvfb display. Every page starts from a fresh profile.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import puppeteer from 'puppeteer-core';
import { Builder, By } from 'selenium-webdriver';

const FIREFOX = '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = ['webkit2gtk-4.1', 'webkit2gtk-4.0']
  .map((v) => `/usr/lib/x86_64-linux-gnu/${v}/MiniBrowser`)
  .find((p) => fs.existsSync(p));

/**
 * Runs in the page: records uncaught errors and unhandled promise rejections in window.__errors.
 * Firefox gets it before any script of the page; WebKit only once a navigation has finished.
 */
function recordErrors() {
  if (window.__errors) return;
  window.__errors = [];
  addEventListener('error', (e) => window.__errors.push(`uncaught error: ${e.message}`));
  addEventListener('unhandledrejection', (e) =>
    window.__errors.push(`unhandled rejection: ${e.reason && e.reason.message ? e.reason.message : String(e.reason)}`),
  );
}

/**
 * The page interface the scenarios use. `errors()` returns what every document of the page
 * recorded: each navigation first takes what the document it leaves has recorded.
 */
function pageOf({ evaluate, navigate, afterNavigation = async () => {}, click, type, upload, close }) {
  const errors = [];
  const gather = async () => {
    try {
      errors.push(...((await evaluate(() => (window.__errors ? window.__errors.splice(0) : []))) || []));
    } catch {
      // A document that cannot run script has nothing to give.
    }
  };
  const nav = (how) => async (...args) => {
    page.step = how;
    await gather();
    await navigate[how](...args);
    await afterNavigation();
  };
  const page = {
    /** What the page was last asked to do, for a scenario that never ends. */
    step: 'open',
    goto: nav('goto'),
    reload: nav('reload'),
    back: nav('back'),
    forward: nav('forward'),
    evaluate,
    click,
    type,
    upload,
    async errors() {
      page.step = 'reading the errors';
      await gather();
      return errors;
    },
    close,
  };
  return page;
}

export async function firefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
  });
  return {
    name: 'Firefox ESR',
    version: await browser.version(),
    async newPage() {
      // A browser context is a profile of its own: its own service workers and IndexedDB.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.evaluateOnNewDocument(recordErrors);
      return pageOf({
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        navigate: {
          goto: (url) => page.goto(url),
          reload: () => page.reload(),
          back: () => page.goBack(),
          forward: () => page.goForward(),
        },
        click: (sel) => page.click(sel),
        type: (sel, text) => page.type(sel, text),
        upload: async (sel, file) => (await page.$(sel)).uploadFile(file),
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

/** A TCP port nobody listens on now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

/** Xvfb on the first free display; resolves to its name (":N") and the process. */
function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, process: xvfb });
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
}

async function waitForDriver(url, ms = 10_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

/** `promise`, or a failure after `ms` ms. */
function within(promise, ms) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`no session after ${ms / 1000} s`)), ms).unref()),
  ]);
}

export async function webkit() {
  if (!MINIBROWSER) throw new Error('MiniBrowser of libwebkit2gtk not found');
  const x = await startXvfb();
  const port = await freePort();
  const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: x.display },
  });
  const server = `http://127.0.0.1:${port}`;
  const stop = () => {
    driverProcess.kill();
    x.process.kill();
  };
  // Not left behind if the suite dies half-way.
  process.on('exit', stop);
  try {
    await waitForDriver(server);
  } catch (e) {
    stop();
    throw e;
  }
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    // A navigation that never loads fails in 30 s, not the default 300 s.
    timeouts: { pageLoad: 30_000 },
  };
  const session = () => new Builder().usingServer(server).withCapabilities(capabilities).build();

  // Starting a MiniBrowser can hang on a loaded machine (seen once in CI: no session after
  // 120 s, and at once when run again). A start that takes over 30 s is abandoned (its
  // browser quit if it ever comes) and tried once more; a second hang fails the scenario.
  const freshSession = async () => {
    const first = session();
    try {
      return await within(first, 30_000);
    } catch {
      first.then((d) => d.quit()).catch(() => {});
      return within(session(), 60_000);
    }
  };

  const probe = await session();
  const version = (await probe.getCapabilities()).get('browserVersion');
  await probe.quit();

  return {
    name: 'WebKitGTK',
    version,
    async newPage() {
      // A new session is a new MiniBrowser, whose automation profile is ephemeral.
      const driver = await freshSession();
      const evaluate = (fn, ...args) => driver.executeScript(fn, ...args);
      return pageOf({
        evaluate,
        navigate: {
          goto: (url) => driver.get(url),
          reload: () => driver.navigate().refresh(),
          back: () => driver.navigate().back(),
          forward: () => driver.navigate().forward(),
        },
        // WebDriver classic cannot run a script before the page's own: listen from here on.
        afterNavigation: () => evaluate(recordErrors),
        click: async (sel) => (await driver.findElement(By.css(sel))).click(),
        type: async (sel, text) => (await driver.findElement(By.css(sel))).sendKeys(text),
        upload: async (sel, file) => (await driver.findElement(By.css(sel))).sendKeys(file),
        close: () => driver.quit(),
      });
    },
    close: async () => stop(),
  };
}
