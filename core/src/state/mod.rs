//! What a person chose to see ([`ViewState`]), its link (the URL is the state: parse, write,
//! one `href` builder) and the document title it gives.

mod title;
mod url;
mod view_state;

pub use title::title;
pub use url::{
    href, href_at, parse_query, read_href, retain_known, to_query, Ignored, MAX_Q_CHARS,
};
pub use view_state::{View, ViewState};
