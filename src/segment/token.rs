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
pub(crate) fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = span.start;
    while i < span.end {
        let c = match char_at(text, i, text.len()) {
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
                let d = match char_at(text, j, text.len()) {
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
                let next = char_at(text, j + d.len_utf8(), span.end);
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

#[cfg(test)]
mod tests {
    use super::*;

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
