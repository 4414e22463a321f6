//! A small XML tag scanner, just enough for TimeML.
//!
//! It splits a document into start tags (with decoded attributes), end tags and text runs
//! (with entities decoded), and skips the XML declaration, processing instructions, comments and
//! `<!DOCTYPE ...>`; CDATA sections come out as literal text. It does *not* check that tags nest
//! properly (the reader does that with its element stack), does not validate names beyond their
//! characters, and does not support DTD-defined entities: only the five predefined ones and
//! numeric character references are decoded; anything else is an error.

use std::borrow::Cow;

use super::error::{Position, TimemlError};

/// One piece of the document, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    /// `<name a="v" ...>` or, with `self_closing`, `<name ... />`.
    Start {
        name: &'a str,
        attrs: Vec<(&'a str, String)>,
        self_closing: bool,
        offset: usize,
    },
    /// `</name>`.
    End { name: &'a str, offset: usize },
    /// Character data between tags, entities decoded.
    Text { text: Cow<'a, str>, offset: usize },
}

/// Iterator over the [`Token`]s of `input`. After the first error it yields nothing more.
pub(crate) struct Tokenizer<'a> {
    input: &'a str,
    pos: usize,
    failed: bool,
}

impl<'a> Tokenizer<'a> {
    pub(crate) fn new(input: &'a str) -> Self {
        Tokenizer {
            input,
            pos: 0,
            failed: false,
        }
    }

    fn at(&self, offset: usize) -> Position {
        Position::locate(self.input, offset)
    }

    fn syntax(&self, offset: usize, expected: &str) -> TimemlError {
        TimemlError::Syntax {
            at: self.at(offset),
            expected: expected.to_string(),
            found: describe_found(self.input, offset),
        }
    }

    fn rest(&self) -> &'a str {
        &self.input[self.pos..]
    }

    /// Skips to just past `terminator`, or fails with `expected` at `start`.
    fn skip_past(&mut self, terminator: &str, start: usize, what: &str) -> Result<(), TimemlError> {
        match self.rest().find(terminator) {
            Some(i) => {
                self.pos += i + terminator.len();
                Ok(())
            }
            None => Err(TimemlError::Syntax {
                at: self.at(start),
                expected: format!("{what} closed by `{terminator}`"),
                found: "end of input".to_string(),
            }),
        }
    }

    fn skip_whitespace(&mut self) {
        let rest = self.rest();
        let trimmed = rest.trim_start_matches(is_xml_space);
        self.pos += rest.len() - trimmed.len();
    }

    fn name(&mut self, expected: &str) -> Result<&'a str, TimemlError> {
        let rest = self.rest();
        let len = rest
            .char_indices()
            .find(|&(i, c)| !is_name_char(c) || (i == 0 && !is_name_start(c)))
            .map_or(rest.len(), |(i, _)| i);
        if len == 0 {
            return Err(self.syntax(self.pos, expected));
        }
        let name = &rest[..len];
        self.pos += len;
        Ok(name)
    }

    fn next_token(&mut self) -> Option<Result<Token<'a>, TimemlError>> {
        loop {
            let rest = self.rest();
            if rest.is_empty() {
                return None;
            }
            let start = self.pos;
            if !rest.starts_with('<') {
                let len = rest.find('<').unwrap_or(rest.len());
                self.pos += len;
                let raw = &self.input[start..self.pos];
                return Some(
                    decode_entities(self.input, raw, start).map(|text| Token::Text {
                        text,
                        offset: start,
                    }),
                );
            }
            let skipped = if rest.starts_with("<!--") {
                self.skip_past("-->", start, "a comment `<!--`")
            } else if rest.starts_with("<![CDATA[") {
                let body_start = start + "<![CDATA[".len();
                self.pos = body_start;
                if let Err(e) = self.skip_past("]]>", start, "a CDATA section") {
                    return Some(Err(e));
                }
                let text = Cow::Borrowed(&self.input[body_start..self.pos - 3]);
                return Some(Ok(Token::Text {
                    text,
                    offset: start,
                }));
            } else if rest.starts_with("<?") {
                self.skip_past("?>", start, "a processing instruction `<?`")
            } else if rest.starts_with("<!") {
                self.skip_past(">", start, "a declaration `<!`")
            } else if rest.starts_with("</") {
                return Some(self.end_tag(start));
            } else {
                return Some(self.start_tag(start));
            };
            if let Err(e) = skipped {
                return Some(Err(e));
            }
        }
    }

    fn end_tag(&mut self, start: usize) -> Result<Token<'a>, TimemlError> {
        self.pos += 2;
        let name = self.name("an element name after `</`")?;
        self.skip_whitespace();
        if !self.rest().starts_with('>') {
            return Err(self.syntax(self.pos, &format!("`>` to end the closing tag </{name}")));
        }
        self.pos += 1;
        Ok(Token::End {
            name,
            offset: start,
        })
    }

    fn start_tag(&mut self, start: usize) -> Result<Token<'a>, TimemlError> {
        self.pos += 1;
        let name = self.name("an element name after `<`")?;
        let mut attrs: Vec<(&'a str, String)> = Vec::new();
        loop {
            let before_space = self.pos;
            self.skip_whitespace();
            let rest = self.rest();
            if rest.starts_with("/>") {
                self.pos += 2;
                return Ok(Token::Start {
                    name,
                    attrs,
                    self_closing: true,
                    offset: start,
                });
            }
            if rest.starts_with('>') {
                self.pos += 1;
                return Ok(Token::Start {
                    name,
                    attrs,
                    self_closing: false,
                    offset: start,
                });
            }
            if self.pos == before_space {
                return Err(self.syntax(
                    self.pos,
                    &format!("whitespace, an attribute, `>` or `/>` in the tag <{name}>"),
                ));
            }
            let attr_offset = self.pos;
            let attr = self.name(&format!(
                "an attribute name, `>` or `/>` in the tag <{name}>"
            ))?;
            self.skip_whitespace();
            if !self.rest().starts_with('=') {
                return Err(self.syntax(self.pos, &format!("`=` after the attribute {attr}")));
            }
            self.pos += 1;
            self.skip_whitespace();
            let quote = match self.rest().chars().next() {
                Some(q @ ('"' | '\'')) => q,
                _ => {
                    return Err(self.syntax(
                        self.pos,
                        &format!("a quoted value for the attribute {attr}"),
                    ))
                }
            };
            self.pos += 1;
            let value_start = self.pos;
            let Some(len) = self.rest().find(quote) else {
                return Err(TimemlError::Syntax {
                    at: self.at(value_start - 1),
                    expected: format!("a closing {quote} for the value of the attribute {attr}"),
                    found: "end of input".to_string(),
                });
            };
            let raw = &self.input[value_start..value_start + len];
            if let Some(i) = raw.find('<') {
                return Err(self.syntax(
                    value_start + i,
                    &format!("a closing {quote} for the value of the attribute {attr} (`<` is not allowed in a value)"),
                ));
            }
            self.pos = value_start + len + 1;
            let value = decode_entities(self.input, raw, value_start)?.into_owned();
            if attrs.iter().any(|(a, _)| *a == attr) {
                return Err(TimemlError::Syntax {
                    at: self.at(attr_offset),
                    expected: format!("each attribute at most once in the tag <{name}>"),
                    found: format!("a second {attr} attribute"),
                });
            }
            attrs.push((attr, value));
        }
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Result<Token<'a>, TimemlError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let item = self.next_token();
        if matches!(item, Some(Err(_))) {
            self.failed = true;
        }
        item
    }
}

fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || c == ':'
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | ':' | '-' | '.')
}

/// A short description of what stands at `offset`, for error messages.
pub(crate) fn describe_found(input: &str, offset: usize) -> String {
    let rest = input.get(offset..).unwrap_or("");
    if rest.is_empty() {
        return "end of input".to_string();
    }
    let snippet: String = rest.chars().take(20).collect();
    let more = if rest.chars().nth(20).is_some() {
        "…"
    } else {
        ""
    };
    format!("{:?}", format!("{snippet}{more}"))
}

/// Decodes the five predefined entities and numeric character references in `raw`, which
/// starts at byte `offset` of `input` (for error positions).
pub(crate) fn decode_entities<'a>(
    input: &str,
    raw: &'a str,
    offset: usize,
) -> Result<Cow<'a, str>, TimemlError> {
    if !raw.contains('&') {
        return Ok(Cow::Borrowed(raw));
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let at = offset + (raw.len() - rest.len()) + amp;
        let after = &rest[amp + 1..];
        let semi = after
            .find(';')
            .filter(|&i| i <= 12 && !after[..i].contains(|c: char| c == '&' || is_xml_space(c)));
        let Some(semi) = semi else {
            return Err(TimemlError::Syntax {
                at: Position::locate(input, at),
                expected: "an entity reference like `&amp;` after `&` (a literal & must be written `&amp;`)".to_string(),
                found: describe_found(input, at),
            });
        };
        let name = &after[..semi];
        let decoded = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| name.strip_prefix('#').map(|dec| dec.parse::<u32>()))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        let Some(c) = decoded else {
            return Err(TimemlError::UnknownEntity {
                at: Position::locate(input, at),
                entity: format!("&{name};"),
            });
        };
        out.push(c);
        rest = &after[semi + 1..];
    }
    out.push_str(rest);
    Ok(Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(input: &str) -> Result<Vec<Token<'_>>, TimemlError> {
        Tokenizer::new(input).collect()
    }

    #[test]
    fn scans_tags_text_and_attributes() {
        let toks =
            tokens("<?xml version=\"1.0\" ?><a x=\"1\" y='&lt;2&gt;'>A &amp; B<!-- c --><b/></a>")
                .unwrap();
        assert_eq!(
            toks,
            vec![
                Token::Start {
                    name: "a",
                    attrs: vec![("x", "1".to_string()), ("y", "<2>".to_string())],
                    self_closing: false,
                    offset: 22,
                },
                Token::Text {
                    text: Cow::Owned("A & B".to_string()),
                    offset: 45,
                },
                Token::Start {
                    name: "b",
                    attrs: vec![],
                    self_closing: true,
                    offset: 64,
                },
                Token::End {
                    name: "a",
                    offset: 68,
                },
            ]
        );
    }

    #[test]
    fn decodes_numeric_references_and_cdata() {
        let toks = tokens("<a>&#65;&#x42;<![CDATA[<&>]]></a>").unwrap();
        let text: String = toks
            .iter()
            .filter_map(|t| match t {
                Token::Text { text, .. } => Some(text.as_ref()),
                _ => None,
            })
            .collect();
        assert_eq!(text, "AB<&>");
    }

    #[test]
    fn errors_instead_of_panicking() {
        for bad in [
            "<a",
            "<a x=1>",
            "<a x=\"1>",
            "<a x=\"1\"y=\"2\">",
            "<a x=\"1\" x=\"2\">",
            "< a>",
            "</>",
            "<!-- never closed",
            "<a>&bogus;</a>",
            "<a>fish & chips</a>",
            "<a>&#xD800;</a>",
            "<a>&#99999999999;</a>",
            "<é",
            "<a b=\"é",
        ] {
            assert!(tokens(bad).is_err(), "{bad:?} should not scan");
        }
    }

    #[test]
    fn unicode_text_offsets_are_bytes() {
        let toks = tokens("<a>Potosí</a>").unwrap();
        assert_eq!(
            toks[2],
            Token::End {
                name: "a",
                offset: 10
            }
        );
    }
}
