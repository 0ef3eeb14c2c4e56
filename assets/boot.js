// Shows a plain-words error with a reload link when the app cannot start (the wasm failed to
// load or to start), instead of a blank page. Loaded before Trunk's loader.
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
