// Importing a corpus file through the Library view, as a person does.
import { expect } from './fixtures.mjs';

/** Imports `content` (an object, or a string taken as the file's text) through the file picker. */
export async function importFile(page, content, name = 'corpus.json') {
  const buffer = Buffer.from(typeof content === 'string' ? content : JSON.stringify(content));
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

export async function openLibrary(page, query = '') {
  await page.goto(`./?${query}${query ? '&' : ''}view=library`);
  await expect(page.getByRole('heading', { name: 'Import a corpus file' })).toBeVisible();
}

