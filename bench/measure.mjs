// What is measured inside the page, so no round trip to Node is ever inside a timing. Every
// "on screen" time ends in the requestAnimationFrame callback after the DOM changed: the start
// of the frame that paints the change (its style, layout and paint come after).

/**
 * Installed before the page loads (the functions must live in the page: a function passed to
 * `page.evaluate` is sent as text, without what it calls). Notes when the first view is on
 * screen, keeps the wasm instance, and defines the measuring functions on `window.__bench`.
 */
export function initScript() {
  window.__bench = { firstView: null, wasm: null, longTasks: [] };
  // Main-thread tasks over 50 ms (the browser's "long tasks"): input waits while one runs.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: the figure is left out.
  }
  addEventListener('TrunkApplicationStarted', (e) => {
    window.__bench.wasm = e.detail && e.detail.wasm;
  });
  // The program's own view: the prerendered landing (the seed corpus's Compare view, in
  // `#landing`) does not count; it is gone once the program's page takes its place.
  const seen = () =>
    !document.getElementById('landing') && document.querySelector('.compare-table, .claim-list .claim, .load-error');
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__bench.firstView = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });

  // Event Timing: the browser's own time from a real (trusted) input event to the next paint
  // after it, style, layout and paint included (what INP is made of). It reports only events of
  // 16 ms or more, the smallest threshold it allows.
  window.__bench.events = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.interactionId) window.__bench.events.push({ id: e.interactionId, duration: e.duration });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // No Event Timing in this browser: every input then counts as unreported.
  }

  /** The longest reported event since the last call (ms), or null if none was reported. */
  function takeEvents() {
    const events = window.__bench.events.splice(0);
    return events.length ? Math.max(...events.map((e) => e.duration)) : null;
  }

  /** After load: the timings of the start (ms from navigation start) and memory (bytes). */
  function loadFigures() {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const corpus = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/data/corpus.json'));
    const wasm = window.__bench.wasm;
    return {
      fetchStart: corpus ? corpus.fetchStart : null,
      responseEnd: corpus ? corpus.responseEnd : null,
      fetched: mark('claimscope:fetched'),
      validated: mark('claimscope:validated'),
      indexed: mark('claimscope:indexed'),
      searchReady: mark('claimscope:search-ready'),
      textIndexStart: mark('claimscope:text-index-start'),
      // The longest task from the first view to the search index's end (0: none over 50 ms).
      longestTaskAfterFirstView: Math.max(
        0,
        ...window.__bench.longTasks
          .filter((t) => t.start >= window.__bench.firstView && t.start <= mark('claimscope:search-ready'))
          .map((t) => t.duration),
      ),
      // The longest task from navigation start to search ready, the corpus's reading included.
      longestTaskDuringLoad: Math.max(
        0,
        ...window.__bench.longTasks.filter((t) => t.start <= mark('claimscope:search-ready')).map((t) => t.duration),
      ),
      firstView: window.__bench.firstView,
      jsHeap: performance.memory ? performance.memory.usedJSHeapSize : null,
      wasmMemory: wasm && wasm.memory ? wasm.memory.buffer.byteLength : null,
    };
  }

  /** The latest `claimscope:filter` measure (the app's own filter and search time), ms. */
  function lastFilter() {
    const all = performance.getEntriesByName('claimscope:filter');
    return all.length ? all[all.length - 1].duration : null;
  }

  /**
   * Runs `act` (a function changing the page) and resolves, in the frame after `.results`
   * changed, to { dom: ms from before `act` to the change, screen: ms from before `act` to that
   * frame, filter: the app's filter time }. `ready()` must also hold (for a search: highlights
   * shown when there are results).
   */
  function timeUpdate(act, ready, timeout = 10_000) {
    const results = document.querySelector('.results');
    return new Promise((resolve, reject) => {
      performance.clearMeasures('claimscope:filter');
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`the list did not change within ${timeout} ms`));
      }, timeout);
      const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        clearTimeout(timer);
        const dom = performance.now() - t0;
        requestAnimationFrame(() => resolve({ screen: performance.now() - t0, dom, filter: lastFilter() }));
      });
      observer.observe(results, { childList: true, subtree: true, characterData: true, attributes: true });
      const t0 = performance.now();
      act();
    });
  }

  /** Clicks the facet checkbox `selector` `times` times (it toggles); the time of each click. */
  async function facetClicks([selector, times]) {
    const out = [];
    for (let i = 0; i < times; i++) {
      const input = document.querySelector(selector);
      if (!input) throw new Error(`no ${selector}`);
      out.push(await timeUpdate(() => input.click(), () => true));
      // Let the page settle between clicks, as a person's clicks are apart.
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  }

  /** Types `query` into the search box one character at a time; the time of each keystroke. */
  async function typeQuery(query) {
    const box = document.querySelector('#search');
    const count = () => document.querySelector('.result-count')?.textContent ?? '';
    const out = [];
    for (let i = 1; i <= query.length; i++) {
      const value = query.slice(0, i);
      const before = count();
      const t = await timeUpdate(
        () => {
          box.value = value;
          box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value.at(-1) }));
        },
        () => {
          // Results with highlights for the new text, or a count saying there are none.
          const marks = document.querySelector('.claim-list mark');
          const none = document.querySelector('.results .empty');
          return (marks || none || count() !== before) && box.value === value;
        },
        3_000,
      ).catch(() => null);
      if (t) out.push({ ...t, prefix: value, count: count() });
      await new Promise((r) => setTimeout(r, 30));
    }
    // Clear the box for the next query.
    box.value = '';
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 200));
    return out;
  }

  Object.assign(window.__bench, { loadFigures, facetClicks, typeQuery, takeEvents });
}

export const loadFigures = () => window.__bench.loadFigures();
export const facetClicks = (args) => window.__bench.facetClicks(args);
export const typeQuery = (query) => window.__bench.typeQuery(query);
export const takeEvents = () => window.__bench.takeEvents();
