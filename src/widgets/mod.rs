//! Small building blocks shared by the views.

pub mod article_editor;
pub mod claim_card;
pub mod claim_editor;
pub mod copy;
pub mod edit_notice;
pub mod export;
pub mod import;
pub mod linked_corpus;
pub mod lists_editor;
pub mod marked;
pub mod merge;
pub mod notices;
pub mod versions;
