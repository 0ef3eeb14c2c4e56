//! One pure model per screen: what the app's views show, computed from the corpus, its index
//! and the view state. The app's components render these and send intents; they decide nothing.
//!
//! Each screen is a namespace of its own (`views::timeline::layout`), since their names (a
//! limit, a page size, what is shown) only make sense next to the screen they belong to.

pub mod article_picker;
pub mod claims;
pub mod compare;
pub mod excerpt;
pub mod facet_list;
pub mod read;
pub mod timeline;
