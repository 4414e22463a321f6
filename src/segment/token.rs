//! Words, numbers and punctuation.

use serde::Serialize;

use crate::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens, apostrophes or digits ("vote-rigging", "d'etat").
    Word,
    /// Digits, possibly with inner `,`, `.` or `:` ("2,006", "3:30", "47").
    Number,
    /// Any other single character.
    Punct,
}

/// One token of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is made of.
    pub kind: TokenKind,
}

/// The character at byte `i` (a char boundary before `end`): ASCII read directly, without
/// slicing and decoding (per-character decoding showed in the profile; issue 6).
fn char_at(text: &str, i: usize, end: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 && i < end => Some(char::from(b)),
        _ => text.get(i..end)?.chars().next(),
    }
}

/// Appends the tokens of `span` to `out`.
///
/// Tokens: a run of letters and digits (Unicode), with inner joiners ("vote-rigging",
/// "d'etat", "2,006", "3:30", "1.5": a `,`, `.` or `:` only between digits of an all-digit
/// token); any other character but white space is a token of its own. ASCII is read a byte
/// at a time, runs of ASCII letters and digits in a tight loop; other characters are decoded
/// (issue 3: this runs on every byte of the text). `tokenize_by_chars` in the tests is the
/// character-by-character reading it must equal.
pub(crate) fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let end = span.end.min(text.len());
    let bytes = &text.as_bytes()[..end];
    let mut i = span.start;
    while i < bytes.len() {
        let b = bytes[i];
        let len = if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                i = word(text, i, b.is_ascii_digit(), i + 1, end, out);
                continue;
            }
            // `char::is_whitespace` on ASCII: space, \t, \n, \x0B, \x0C, \r.
            if matches!(b, b' ' | b'\t'..=b'\r') {
                i += 1;
                continue;
            }
            1
        } else {
            let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
                break;
            };
            let len = c.len_utf8();
            if c.is_whitespace() {
                i += len;
                continue;
            }
            if c.is_alphanumeric() {
                i = word(text, i, false, i + len, end, out);
                continue;
            }
            len
        };
        out.push(Token {
            span: Span::new(i, i + len),
            kind: TokenKind::Punct,
        });
        i += len;
    }
}

/// Reads the word or number that starts at byte `start` (its first character, a digit when
/// `numeric`, ends at `j`), pushes it, and returns where it ends.
#[inline(always)]
fn word(
    text: &str,
    start: usize,
    numeric: bool,
    mut j: usize,
    end: usize,
    out: &mut Vec<Token>,
) -> usize {
    // Bounded by `end`, so that the loops below index without a bounds check per byte.
    let bytes = &text.as_bytes()[..end];
    let mut all_digits = numeric;
    loop {
        if all_digits {
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            if j < bytes.len() && bytes[j].is_ascii_alphabetic() {
                all_digits = false;
            }
        }
        if !all_digits {
            while j < bytes.len() && bytes[j].is_ascii_alphanumeric() {
                j += 1;
            }
        }
        if j >= end {
            break;
        }
        let b = bytes[j];
        let (d, dlen) = if b < 0x80 {
            (char::from(b), 1)
        } else {
            let Some(d) = text.get(j..).and_then(|t| t.chars().next()) else {
                break;
            };
            if d.is_alphanumeric() {
                all_digits = false;
                j += d.len_utf8();
                continue;
            }
            (d, d.len_utf8())
        };
        // Inner joiners: "vote-rigging", "d'etat", "2,006", "3:30", "1.5".
        if !matches!(d, '-' | '\'' | '\u{2019}' | ',' | '.' | ':') {
            break;
        }
        let Some(n) = char_at(text, j + dlen, end) else {
            break;
        };
        if !n.is_alphanumeric() {
            break;
        }
        if matches!(d, ',' | '.' | ':') && !(all_digits && n.is_ascii_digit()) {
            break;
        }
        j += dlen;
    }
    let kind = if all_digits || (numeric && bytes[j - 1].is_ascii_digit()) {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    out.push(Token {
        span: Span::new(start, j),
        kind,
    });
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    fn char_at_ref(text: &str, i: usize, end: usize) -> Option<char> {
        match text.as_bytes().get(i) {
            Some(&b) if b < 0x80 && i < end => Some(char::from(b)),
            _ => text.get(i..end)?.chars().next(),
        }
    }

    /// The character-by-character reading that `tokenize` replaced (issue 3), kept as its
    /// reference.
    fn tokenize_by_chars(text: &str, span: Span, out: &mut Vec<Token>) {
        let bytes = text.as_bytes();
        let mut i = span.start;
        while i < span.end {
            let c = match char_at_ref(text, i, text.len()) {
                Some(c) => c,
                None => break,
            };
            let len = c.len_utf8();
            if c.is_whitespace() {
                i += len;
                continue;
            }
            if c.is_alphanumeric() {
                let numeric = c.is_ascii_digit();
                let start = i;
                let mut j = i + len;
                let mut all_digits = numeric;
                while j < span.end {
                    // ASCII letters and digits, the bulk of a word, without decoding.
                    let b = bytes[j];
                    if b.is_ascii_alphanumeric() {
                        all_digits &= b.is_ascii_digit();
                        j += 1;
                        continue;
                    }
                    let d = match char_at_ref(text, j, text.len()) {
                        Some(d) => d,
                        None => break,
                    };
                    if d.is_alphanumeric() {
                        all_digits &= d.is_ascii_digit();
                        j += d.len_utf8();
                        continue;
                    }
                    // Inner joiners: "vote-rigging", "d'etat", "2,006", "3:30", "1.5".
                    let joiner = matches!(d, '-' | '\'' | '’' | ',' | '.' | ':');
                    let next = char_at_ref(text, j + d.len_utf8(), span.end);
                    let next_ok = next.is_some_and(|n| n.is_alphanumeric());
                    if joiner && next_ok {
                        let n = next.unwrap_or(' ');
                        let numeric_joiner = matches!(d, ',' | '.' | ':');
                        if numeric_joiner && !(all_digits && n.is_ascii_digit()) {
                            break;
                        }
                        j += d.len_utf8();
                        continue;
                    }
                    break;
                }
                let kind = if all_digits || (numeric && bytes[j - 1].is_ascii_digit()) {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                out.push(Token {
                    span: Span::new(start, j),
                    kind,
                });
                i = j;
                continue;
            }
            out.push(Token {
                span: Span::new(i, i + len),
                kind: TokenKind::Punct,
            });
            i += len;
        }
    }

    /// `tokenize` gives the tokens of the character-by-character reading on news text,
    /// Unicode letters, digits and spaces, every joiner between every kind of character, and
    /// spans that cut a text short.
    #[test]
    fn fast_reading_equals_reading_by_characters() {
        let pieces = [
            "a", "Z", "7", "42", " ", "\n", "\t", "\u{a0}", "\u{2003}", "-", "'", "\u{2019}", ",",
            ".", ":", "é", "Ω", "٣", "²", "\u{85}", "\u{b}", "%", "(", "\"", "—", "日本", "x1",
            "1x", "1990s", "3:30", "2,006", "U.S.", "d'etat",
        ];
        let mut texts: Vec<String> = vec![
            "Potosí's vote-rigging, 2,006 people at 3:30 (47%).".to_string(),
            "The 1990s—and the '80s: 3.5 per cent, 1,000.5, 12-year-old, rock'n'roll; café ²3 x²."
                .to_string(),
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    texts.push(format!("{a}{b}{c}"));
                    texts.push(format!("{a}{b}{c}{a}"));
                }
            }
        }
        let mut compared = 0;
        for text in &texts {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&k| text.is_char_boundary(k))
                .collect();
            // The whole text, each of its beginnings and each of its ends.
            let spans = bounds
                .iter()
                .map(|&k| Span::new(0, k))
                .chain(bounds.iter().map(|&k| Span::new(k, text.len())));
            for span in spans {
                let (mut fast, mut slow) = (Vec::new(), Vec::new());
                tokenize(text, span, &mut fast);
                tokenize_by_chars(text, span, &mut slow);
                assert_eq!(fast, slow, "{text:?} {span:?}");
                compared += 1;
            }
        }
        assert!(compared > 100_000, "{compared}");
    }

    #[test]
    fn words_numbers_punct() {
        let text = "Potosí's vote-rigging, 2,006 people at 3:30 (47%).";
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut out);
        let got: Vec<_> = out
            .iter()
            .map(|t| (t.span.slice(text).unwrap(), t.kind))
            .collect();
        use TokenKind::*;
        assert_eq!(
            got,
            [
                ("Potosí's", Word),
                ("vote-rigging", Word),
                (",", Punct),
                ("2,006", Number),
                ("people", Word),
                ("at", Word),
                ("3:30", Number),
                ("(", Punct),
                ("47", Number),
                ("%", Punct),
                (")", Punct),
                (".", Punct)
            ]
        );
    }
}
