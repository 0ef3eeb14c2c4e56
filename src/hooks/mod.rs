//! The browser glue the views use, one concern a file, named like leptos-use's hooks: each
//! takes what it needs, does its one thing with the page, and cleans up with the component.

mod use_element_width;
mod use_focus;
mod use_in_parts;
mod use_media_query;
mod use_search_shortcut;
mod use_selection;
mod use_stray_drops;

pub use crate::tasks::next_task;
pub use use_element_width::use_element_width;
pub use use_focus::{focus_after_render, scroll_to_hash_after_render};
pub use use_in_parts::{use_in_parts, use_step_a_task};
pub use use_media_query::{use_media_query, NARROW};
pub use use_search_shortcut::{focus_search, use_search_shortcut};
pub use use_selection::selection_in_paragraphs;
pub use use_stray_drops::use_stray_drops;
