//! The views of the explorer (Compare, Claims, Read, Timeline, Library, and Add an article), one
//! component a screen; each renders a model from `claimscope_core::views` and sends intents.

pub mod add_article;
pub mod claims;
pub mod compare;
pub mod library;
pub mod read;
pub mod timeline;
