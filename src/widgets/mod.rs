//! Small building blocks shared by the views.

pub mod claim_card;
pub mod copy;
pub mod export;
pub mod import;
pub mod linked_corpus;
pub mod marked;
pub mod notices;
