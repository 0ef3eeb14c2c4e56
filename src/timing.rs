//! Named moments of the app's start, as User Timing marks (`performance.mark`), so a benchmark or
//! the browser's performance panel can see where the time goes. Marking is cheap and never fails
//! the app: without a `performance` object nothing happens.

/// Mark names, in the order they happen. `VALIDATED` follows parsing the JSON text (one task)
/// and checking it (its claims in parts, `crate::load`).
pub const FETCHED: &str = "claimscope:fetched";
pub const VALIDATED: &str = "claimscope:validated";
/// The program's page took the prerendered landing's place (`crate::takeover`).
pub const TAKEN_OVER: &str = "claimscope:taken-over";
/// The facets indexed: the first view can be drawn.
pub const INDEXED: &str = "claimscope:indexed";
/// The search index built too (after the first view is painted, or at the first search).
pub const SEARCH_READY: &str = "claimscope:search-ready";
/// The search index's build begins (in parts, between the page's other work).
pub const TEXT_INDEX_START: &str = "claimscope:text-index-start";
/// A measure (not a mark): the search and filtering behind one update of the view.
pub const FILTER: &str = "claimscope:filter";

/// Records `name` at the current time.
pub fn mark(name: &str) {
    if let Some(perf) = crate::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

/// Milliseconds since the page's start (`performance.now()`), or 0 without a `performance`.
pub fn now() -> f64 {
    crate::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Runs `f` and records its duration as the User Timing measure `name` (the latest one only) (the benchmark reads the
/// filter's and search's own time this way, apart from rendering).
pub fn measure<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let Some(perf) = crate::window().and_then(|w| w.performance()) else {
        return f();
    };
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    let _ = perf.mark(&start);
    let out = f();
    let _ = perf.mark(&end);
    // Only the latest measure is kept: this runs on every update, and entries are never dropped
    // by the browser.
    perf.clear_measures_with_measure_name(name);
    let _ = perf.measure_with_start_mark_and_end_mark(name, &start, &end);
    perf.clear_marks_with_mark_name(&start);
    perf.clear_marks_with_mark_name(&end);
    out
}
