//! Small building blocks shared by the views.

pub mod claim_card;
pub mod copy_link;
pub mod marked;
pub mod notices;
