//! Ids of timeline events (`e1`, `e2`, ...) and relations (`r1`, `r2`, ...).
//!
//! An id is a position in a list, kept as a number and written as its string wherever it is
//! shown or serialised. The timeline repeats ids often (each relation names two events, each
//! unordered pair two, each statement the events it is about): as owned strings they were a
//! good part of the timeline's allocations (issue 6, `docs/performance.md`).

use std::fmt;

use serde::{Serialize, Serializer};

/// Defines a copyable id type written as `prefix` followed by its 1-based number.
macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, $prefix_str:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(usize);

        impl $name {
            /// The id of the item at `index` (0-based) of its list.
            pub const fn from_index(index: usize) -> Self {
                $name(index)
            }

            /// The 0-based index of the item in its list.
            pub const fn index(self) -> usize {
                self.0
            }

            /// Writes the id into `buf` and returns it as text, without allocating.
            fn write(self, buf: &mut [u8; 24]) -> &str {
                // The number is at most `u64::MAX + 1`, 20 digits: with the prefix, 21 bytes.
                let Some(mut n) = (self.0 as u64).checked_add(1) else {
                    return concat!($prefix_str, "18446744073709551616");
                };
                let mut at = buf.len();
                loop {
                    at -= 1;
                    buf[at] = b'0' + (n % 10) as u8;
                    n /= 10;
                    if n == 0 {
                        break;
                    }
                }
                at -= 1;
                buf[at] = $prefix;
                // Only ASCII was written.
                std::str::from_utf8(&buf[at..]).unwrap_or_default()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(self.write(&mut [0; 24]))
            }
        }

        /// As the id's string would be (`"e1"`), so that debug output reads as before ids
        /// were numbers.
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(self.write(&mut [0; 24]), f)
            }
        }

        /// Serialised as its string.
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.write(&mut [0; 24]))
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.write(&mut [0; 24]) == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                self == other.as_str()
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                other == self
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                other == *self
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                other == self.as_str()
            }
        }
    };
}

id_type!(
    /// The id of a timeline event: `e1`, `e2`, ... in order of first mention in the text
    /// (stable across runs; not the timeline position). Shown and serialised as that string,
    /// and equal to it; ordered by number (`e2` before `e10`).
    ///
    /// ```
    /// use tempora::timeline::EventId;
    /// let id = EventId::from_index(2);
    /// assert_eq!(id.to_string(), "e3");
    /// assert_eq!(id, "e3");
    /// assert_eq!(serde_json::to_string(&id).unwrap(), r#""e3""#);
    /// ```
    EventId,
    b'e',
    "e"
);

id_type!(
    /// The id of a relation of a timeline: `r1`, `r2`, ... in the order of
    /// [`Timeline::relations`](super::Timeline::relations). Shown and serialised as that
    /// string, and equal to it.
    ///
    /// ```
    /// use tempora::timeline::RelationId;
    /// let id = RelationId::from_index(0);
    /// assert_eq!(format!("{id} {id:?}"), r#"r1 "r1""#);
    /// ```
    RelationId,
    b'r',
    "r"
);

impl EventId {
    /// Appends the id to `out` (statement texts name events by id).
    pub(crate) fn push_to(self, out: &mut String) {
        out.push_str(self.write(&mut [0; 24]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_as_prefix_and_one_based_number() {
        for (index, text) in [
            (0, "e1"),
            (8, "e9"),
            (9, "e10"),
            (99, "e100"),
            (12344, "e12345"),
        ] {
            let id = EventId::from_index(index);
            assert_eq!(id.to_string(), text);
            assert_eq!(format!("{id:?}"), format!("{text:?}"));
            assert_eq!(serde_json::to_string(&id).unwrap(), format!("{text:?}"));
            assert_eq!(serde_yaml::to_string(&id).unwrap(), format!("{text}\n"));
            assert_eq!(id.index(), index);
        }
        let last = EventId::from_index(usize::MAX);
        assert_eq!(last.to_string(), format!("e{}", usize::MAX as u128 + 1));
        assert_eq!(RelationId::from_index(41).to_string(), "r42");
    }

    #[test]
    fn equal_to_its_string_only() {
        let id = EventId::from_index(9);
        let owned = String::from("e10");
        assert_eq!(id, "e10");
        assert_eq!("e10", id);
        assert_eq!(id, *"e10");
        assert_eq!(*"e10", id);
        assert_eq!(id, owned);
        assert_eq!(owned, id);
        for other in ["e1", "e100", "r10", "10", ""] {
            assert_ne!(id, other);
        }
        assert_eq!(RelationId::from_index(9), "r10");
        assert_ne!(RelationId::from_index(9), "e10");
    }

    #[test]
    fn padded_in_tables() {
        assert_eq!(format!("[{:>4}]", EventId::from_index(1)), "[  e2]");
    }
}
