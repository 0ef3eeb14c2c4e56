// Debian's Chromium, headless, quiet offline (no downloads, no background traffic): the binary
// and flags of webdriver.json, which the browser tests use too.
import fs from 'node:fs';

const chrome = JSON.parse(fs.readFileSync(new URL('../webdriver.json', import.meta.url)))['goog:chromeOptions'];
export const CHROMIUM = chrome.binary;
export const CHROME_FLAGS = chrome.args;
