// The bundled corpus, read by the tests to compute what a person should see, independently of
// the app's own filtering code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const corpus = JSON.parse(fs.readFileSync(path.resolve(here, '../../data/corpus.json'), 'utf8'));

/** Claims the list shows at once (src/views/claims.rs); more on request. */
export const PAGE = 20;

/** Claim ids, in corpus order, for which `pred` holds. */
export const claimIds = (pred) => corpus.claims.filter(pred).map((c) => c.id);

/** The ids of the claims on the page, in order. */
export async function shownClaimIds(page) {
  return page.locator('.claim-list [data-claim-id]').evaluateAll((els) => els.map((e) => e.dataset.claimId));
}
