// The same searches run by MiniSearch in the same page, on the same texts: for each claim, the
// text the app indexes for it (its paragraph, its summary, its speaker's name). Words match in
// full except the last, which matches as a prefix (as the app does while typing); all words must
// match; case and accents are ignored. MiniSearch has no phrase search: a phrase is searched as
// its words, then the claims whose text holds the phrase are kept (what a developer using
// MiniSearch would write). Times are MiniSearch's alone: nothing is rendered.

/** Runs in the page (MiniSearch loaded as a global): index build time and per-keystroke times. */
export async function runMiniSearch(queries) {
  const corpus = await (await fetch('data/corpus.json')).json();
  const paragraphs = new Map();
  for (const a of corpus.articles) for (const p of a.paragraphs) paragraphs.set(p.id, p.text);
  const speakers = new Map(corpus.speakers.map((s) => [s.id, s.name]));
  const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const t0 = performance.now();
  const docs = corpus.claims.map((c, id) => ({
    id,
    text: `${paragraphs.get(c.paragraph) ?? c.quote} ${c.summary ?? ''} ${speakers.get(c.speaker) ?? ''}`,
  }));
  const ms = new MiniSearch({ fields: ['text'], storeFields: [], processTerm: (t) => fold(t) });
  ms.addAll(docs);
  const build = performance.now() - t0;

  const out = {};
  for (const [name, query] of Object.entries(queries)) {
    out[name] = [];
    for (let i = 1; i <= query.length; i++) {
      const typed = query.slice(0, i);
      const phrase = typed.startsWith('"') ? fold(typed.replaceAll('"', '').trim()) : null;
      const words = typed.replaceAll('"', ' ').trim();
      const s = performance.now();
      let hits = 0;
      if (words) {
        let results = ms.search(words, {
          combineWith: 'AND',
          prefix: (term, j, terms) => j === terms.length - 1,
        });
        if (phrase && phrase.includes(' ')) results = results.filter((r) => fold(docs[r.id].text).includes(phrase));
        hits = results.length;
      }
      out[name].push({ ms: performance.now() - s, prefix: typed, hits });
    }
  }
  return { build, docs: docs.length, searches: out };
}
