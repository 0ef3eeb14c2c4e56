//! Named moments of the app's start, as User Timing marks (`performance.mark`), so a benchmark or
//! the browser's performance panel can see where the time goes. Marking is cheap and never fails
//! the app: without a `performance` object nothing happens.

/// Mark names, in the order they happen. `VALIDATED` follows parsing and checking the JSON text
/// (one step: `claimscope_core::validate::parse`).
pub const FETCHED: &str = "claimscope:fetched";
pub const VALIDATED: &str = "claimscope:validated";
pub const INDEXED: &str = "claimscope:indexed";

/// Records `name` at the current time.
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}
