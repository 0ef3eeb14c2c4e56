//! Small building blocks shared by the views.

pub mod claim_card;
pub mod claim_editor;
pub mod edit_notice;
pub mod versions;
pub mod copy;
pub mod export;
pub mod import;
pub mod linked_corpus;
pub mod lists_editor;
pub mod marked;
pub mod notices;
