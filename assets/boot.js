// Shows a plain-words error with a reload link when the app cannot start (the wasm failed to
// load or to start), instead of a blank page. Loaded before Trunk's loader.
//
// Also starts the download of the bundled corpus when the link opens it (no `corpus=`, or the
// bundled id), so it comes in while the program loads; the app takes the response from
// `window.__claimscopeCorpus` once (src/load.rs) and downloads it itself otherwise.
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
  let started = false;
  addEventListener('TrunkApplicationStarted', () => { started = true; });
  function fail(reason) {
    if (started || document.getElementById('fatal-error')) return;
    const box = document.createElement('div');
    box.id = 'fatal-error';
    box.setAttribute('role', 'alert');
    box.textContent = 'Claimscope could not start: ' + reason + ' ';
    const link = document.createElement('a');
    link.className = 'button';
    link.href = location.href;
    link.textContent = 'Reload';
    box.appendChild(link);
    (document.body || document.documentElement).prepend(box);
  }
  addEventListener('unhandledrejection', (e) => {
    const m = e.reason && e.reason.message ? e.reason.message : String(e.reason);
    fail('its program did not load (' + m + ').');
  });
  addEventListener('error', (e) => {
    if (e.target && (e.target.tagName === 'SCRIPT' || e.target.tagName === 'LINK')) {
      fail('a file of the app did not load.');
    } else if (e instanceof ErrorEvent) {
      // A failure of the loader's module script before the app started.
      fail('its program did not load (' + e.message + ').');
    }
  }, true);
  if (typeof WebAssembly !== 'object') {
    addEventListener('DOMContentLoaded', () => fail('this browser does not run WebAssembly.'));
  }
})();
