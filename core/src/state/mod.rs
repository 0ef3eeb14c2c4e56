//! What a person chose to see ([`ViewState`]), its link (the URL is the state: parse, write,
//! one `href` builder, percent-encoding), what a link carried that was not applied
//! ([`Ignored`]), and the document title it gives.

mod encoding;
mod ignored;
mod known;
mod title;
mod url;
mod view_state;

pub use ignored::Ignored;
pub use known::retain_known;
pub use title::title;
pub use url::{href, href_at, parse_query, read_href, to_query, MAX_Q_CHARS};
pub use view_state::{Sort, View, ViewState};
