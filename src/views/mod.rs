//! The four views of the explorer, one file each.

pub mod add_article;
pub mod claims;
pub mod compare;
pub mod library;
pub mod read;
pub mod timeline;
