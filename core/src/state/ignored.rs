//! What a link carried that was not applied ([`Ignored`]), and its one line for a notice.

use crate::text::{quoted, shorten};

/// Values longer than this are shortened in [`Ignored::describe`].
const DESCRIBE_MAX_CHARS: usize = 80;

/// Something in a link that was not understood and so not applied, in plain words for a notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    /// The parameter name, decoded.
    pub param: String,
    /// The value (or list item) that was not applied, decoded; lossily when it was malformed.
    pub value: String,
    /// Why, in plain words.
    pub reason: String,
}

impl Ignored {
    pub(super) fn new(param: &str, value: &str, reason: impl Into<String>) -> Self {
        Ignored {
            param: param.to_owned(),
            value: value.to_owned(),
            reason: reason.into(),
        }
    }

    /// One line for a notice, e.g. `view=“map”: not a view (compare, claims, read, timeline)`.
    ///
    /// Long values are shortened; an empty value is left out (`foo: unknown parameter`), and so
    /// is a value the reason already quotes (`side: no side “mars” in this corpus`).
    pub fn describe(&self) -> String {
        if self.value.is_empty() || self.reason.contains(&quoted(&self.value)) {
            return format!("{}: {}", self.param, self.reason);
        }
        format!(
            "{}={}: {}",
            self.param,
            quoted(&shorten(&self.value, DESCRIBE_MAX_CHARS)),
            self.reason
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_shortens_long_values() {
        let i = Ignored::new("foo", &"v".repeat(200), "unknown parameter");
        assert_eq!(
            i.describe(),
            format!(
                "foo=“{}…”: unknown parameter",
                "v".repeat(DESCRIBE_MAX_CHARS)
            )
        );
    }
}
