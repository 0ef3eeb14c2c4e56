//! Editing a kept corpus: every edit a person makes (a claim's fields, its quote from a
//! selection, deleting or splitting it; adding, renaming, moving, deleting and merging sides
//! and questions; an article's details) as a [`Change`] checked by [`validate`] before it is
//! kept, a second corpus merged after a preview ([`plan_merge`]), and the [`History`] of
//! versions with undo, redo and restore, bounded.
//!
//! [`validate`]: crate::validate::validate

mod article;
mod change;
mod checked;
mod claim;
mod form;
mod history;
mod lists;
mod merge;

pub use article::{added_article, edit_article, meta_of};
pub use change::{ArticleMeta, Change, Slot, Stale};
pub use checked::{checked, Edit, Refused};
pub use claim::{
    claim_name, delete_claim, edit_claim, requote, requote_selection, split_at_selection,
    split_claim, Selection,
};
pub use form::ClaimForm;
pub use history::{History, Version, FOLD, MAX_VERSIONS};
pub use lists::{
    add_question, add_side, delete_question, delete_side, move_question, move_side,
    rename_question, rename_side,
};
pub use merge::{plan_merge, How, Item, Merge};
