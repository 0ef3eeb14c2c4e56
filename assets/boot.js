// Inlined into index.html (Trunk's rel="inline", hashed into the CSP by `cargo xtask pwa`), so
// that it runs even when no other file of the app arrives. It guarantees a visible message, never
// a blank page, for any failure to start:
// - a file of the program fails to load (a script, a preloaded file): says which kind;
// - the program loads but fails to start (an exception or rejected promise before it started);
// - this browser has no WebAssembly;
// - the connection goes away before the program started (soft: the service worker may serve it);
// - the program has not started after WAIT_MS: says so, offers Reload, and goes away by itself if
//   the program then starts (a slow connection, not a failure).
// The app (Trunk's loader) dispatches `TrunkApplicationStarted` once it runs: any message here
// then goes, and from then on a failure is the app's own to report (src/panic.rs).
//
// It also starts the download of the bundled corpus when the link opens it (no `corpus=`, or the
// bundled id), so it comes in while the program loads; the app takes the response from
// `window.__claimscopeCorpus` once (src/load.rs) and downloads it itself otherwise.
//
// The page holds the Compare view of the bundled articles, prerendered at build time (`#landing`).
// A link that opens anything else (a query: another view, filters, another corpus) marks
// `<html data-deep>` here, before the first paint, and the stylesheet hides the landing, so it
// never flashes on the way to the link's own view (src/takeover.rs). If the program cannot
// start, the mark goes, and the landing is there to read.
if (location.search.length > 1) document.documentElement.setAttribute('data-deep', '');
(function () {
  const named = new URLSearchParams(location.search).get('corpus');
  if (named === null || named === 'bundled') {
    const early = fetch('data/corpus.json');
    // Handled by the app when it awaits it; not an unhandled rejection before then.
    early.catch(() => {});
    window.__claimscopeCorpus = early;
  }
})();
(function () {
  const WAIT_MS = 15000;
  let started = false;
  let timer = 0;

  function show(text, soft) {
    if (started) return;
    let box = document.getElementById('fatal-error');
    // A hard failure replaces a soft notice; nothing replaces a hard failure.
    if (box && box.dataset.soft !== 'true') return;
    if (!box) {
      box = document.createElement('div');
      box.id = 'fatal-error';
      box.setAttribute('role', 'alert');
      (document.body || document.documentElement).prepend(box);
    }
    box.dataset.soft = soft ? 'true' : 'false';
    box.textContent = text + ' ';
    const link = document.createElement('a');
    link.className = 'button';
    link.href = location.href;
    link.textContent = 'Reload';
    box.appendChild(link);
  }
  const fail = (reason) => {
    show('Claimscope could not start: ' + reason, false);
    if (!started) document.documentElement.removeAttribute('data-deep');
  };

  // Once the program runs, whatever was said about it not starting is no longer true.
  addEventListener('TrunkApplicationStarted', () => {
    started = true;
    clearTimeout(timer);
    const box = document.getElementById('fatal-error');
    if (box) box.remove();
  });
  addEventListener('unhandledrejection', (e) => {
    const m = e.reason && e.reason.message ? e.reason.message : String(e.reason);
    fail('its program did not load (' + m + ').');
  });
  addEventListener('error', (e) => {
    const t = e.target;
    if (t && t.tagName === 'SCRIPT') {
      fail('a script of the app did not load. The connection may have been lost.');
    } else if (t && t.tagName === 'LINK' && (t.rel === 'modulepreload' || t.rel === 'preload')) {
      // The program's files, fetched ahead (a stylesheet, an icon or the manifest that fails
      // does not stop the app).
      fail('its program did not load. The connection may have been lost.');
    } else if (e instanceof ErrorEvent) {
      // A failure of the loader's module script before the app started.
      fail('its program did not load (' + e.message + ').');
    }
  }, true);
  addEventListener('offline', () => {
    // Soft: a page the service worker serves starts offline all the same.
    show('Claimscope has not started yet, and the connection was lost. If it does not start, reload once you are online again.', true);
  });
  if (typeof WebAssembly !== 'object') {
    addEventListener('DOMContentLoaded', () => fail('this browser does not run WebAssembly.'));
    return;
  }
  timer = setTimeout(() => {
    show(
      'Claimscope is taking long to start: its program has not arrived after ' + WAIT_MS / 1000 +
        ' seconds. The connection may be slow or lost; this message goes away if it arrives.',
      true,
    );
  }, WAIT_MS);
})();
