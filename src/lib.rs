//! Claimscope's browser app: thin leptos components over `claimscope-core`.
//!
//! - [`load`]: loading the corpus a link names (bundled or kept in the browser) and checking it.
//! - [`keep`]: keeping a corpus in the browser and opening it.
//! - [`curate`]: keeping a person's edits to a kept corpus, with undo, redo and restore.
//! - [`store`]: imported corpora kept in the browser (IndexedDB).
//! - [`download`]: offering a file the app made as a download.
//! - [`offline`]: service worker registration, the update notice, the offline indicator.
//! - [`panic`]: a panic shows a reload banner instead of a frozen page.
//! - [`takeover`]: the program taking the prerendered landing's place without a jump.
//! - [`prerender`]: the landing rendered to HTML at build time (`ssr`).
//! - [`app`]: the top component: loading, errors, then the explorer.
//! - [`explorer`]: the page around the views: tabs, copy link, link notices, shortcuts.
//! - [`ctx`]: what every view is given: the corpus, its index, the filtered claims, and the
//!   view state read from and written to the URL.
//! - [`timing`]: performance marks for the moments of the app's start.
//! - [`hooks`]: the browser glue, one concern a file (`use_…`): element width, focus after
//!   render, the `/` shortcut, stray drops, long work in parts.
//! - [`views`]: Compare, Claims, Read, Timeline.
//! - [`widgets`]: claim cards, marked text, notices, copy link.

#![recursion_limit = "256"]

pub mod app;
pub mod ctx;
pub mod curate;
pub mod download;
pub mod explorer;
pub mod hooks;
pub mod keep;
pub mod load;
pub mod offline;
pub mod panic;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod settle;
pub mod store;
#[cfg(feature = "csr")]
pub mod takeover;
pub mod tasks;
pub mod timing;
pub mod views;
pub mod widgets;

/// The browser's window; none when the components run natively at build time (`ssr`), where
/// every browser API is out of reach (`crate::prerender`).
pub fn window() -> Option<web_sys::Window> {
    if cfg!(feature = "ssr") {
        None
    } else {
        web_sys::window()
    }
}

/// Mounts the app: in place of the prerendered landing once it is ready, or on the page's body.
#[cfg(feature = "csr")]
pub fn start() {
    panic::install_hook();
    takeover::mount(app::App);
}
