//! [`Text`]: an immutable, shared string for the parts of a timeline that repeat.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Serialize, Serializer};

/// An immutable string that a timeline may hold in several places at once: a document's id
/// (in every piece of evidence), a quoted sentence (in the evidence of each event it tells),
/// a statement (in the explanation of every bound that rests on it). Cloning it copies a
/// pointer, not the text; copying those strings was a good part of building a timeline
/// (issue 6, `docs/performance.md`).
///
/// It reads as a `&str` (`Deref`, [`Text::as_str`]), compares equal to strings, and is shown,
/// debug-printed and serialised exactly as a `String` holding the same text.
///
/// ```
/// use tempora::timeline::Text;
/// let quote = Text::from("Police units became defiant on Friday.");
/// let again = quote.clone(); // the same bytes, not a copy
/// assert_eq!(again, "Police units became defiant on Friday.");
/// assert!(quote.ends_with("Friday."));
/// assert_eq!(serde_json::to_string(&quote).unwrap(), r#""Police units became defiant on Friday.""#);
/// ```
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Text(Arc<str>);

impl Text {
    /// The text as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text(Arc::from(s))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text(Arc::from(s))
    }
}

impl From<Arc<str>> for Text {
    fn from(s: Arc<str>) -> Self {
        Text(s)
    }
}

impl From<Text> for String {
    fn from(t: Text) -> Self {
        t.0.as_ref().to_owned()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// Serialised as a string.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_and_compared_as_its_string() {
        for s in [
            "",
            "e1 \"clashed\" ends before",
            "Potosí\nline",
            "tab\there",
        ] {
            let t = Text::from(s);
            assert_eq!(t.to_string(), s);
            assert_eq!(format!("{t:?}"), format!("{s:?}"));
            assert_eq!(format!("[{t:>30}]"), format!("[{s:>30}]"));
            assert_eq!(
                serde_json::to_string(&t).unwrap(),
                serde_json::to_string(s).unwrap()
            );
            assert_eq!(
                serde_yaml::to_string(&t).unwrap(),
                serde_yaml::to_string(s).unwrap()
            );
            let owned = String::from(s);
            assert_eq!(t, s);
            assert_eq!(s, t);
            assert_eq!(t, *s);
            assert_eq!(*s, t);
            assert_eq!(t, owned);
            assert_eq!(owned, t);
            assert_eq!(String::from(t.clone()), s);
        }
        let (a, b) = (Text::from("a"), Text::from("b"));
        assert_ne!(a, "b");
        assert!(a < b);
    }

    #[test]
    fn clones_share_their_bytes() {
        let t = Text::from(String::from("the sentence"));
        let u = t.clone();
        assert!(std::ptr::eq(t.as_str(), u.as_str()));
    }
}
