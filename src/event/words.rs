//! The distinct words of one document, each looked up in the word tables once.
//!
//! The rules and the recogniser's features ask the same questions of every token: what the
//! closed tables say about its word ([`WordFlags`]) and whether it looks like a verb form
//! (lemma and [`Form`]). A news story repeats its words ("the", "said", the names, the
//! commas), so the answers are kept per distinct word: a token costs one hash of its text
//! and one probe of an open-addressing table, and the tables are consulted once per word
//! (issue 6).

use std::borrow::Cow;

use super::model::str_hash;
use super::{could_be_verb, verb_form_flagged, word_flags, Form, WordFlags};
use crate::segment::TokenKind;

/// What is known about one distinct token text of a document.
#[derive(Debug)]
pub(super) struct WordType<'a> {
    /// The lower-cased text.
    pub text: &'a str,
    /// The kind of the tokens of this type (the same text of two kinds is two types).
    pub kind: TokenKind,
    /// `str_hash` of the text (the table's key hash).
    pub hash: u64,
    /// What the closed tables say about the text.
    pub flags: WordFlags,
    /// Lemma and form when the text looks like a verb form (`could_be_verb`, then
    /// `verb_form_flagged`).
    pub form: Option<(Cow<'a, str>, Form)>,
}

/// An interning table of the token texts of one document: [`Vocabulary::intern`] gives each
/// distinct `(text, kind)` a small number, the index of its [`WordType`].
#[derive(Debug, Default)]
pub(super) struct Vocabulary<'a> {
    /// Open addressing: type number + 1, 0 for an empty slot; length a power of two, at most
    /// half full.
    slots: Vec<u32>,
    types: Vec<WordType<'a>>,
}

impl<'a> Vocabulary<'a> {
    /// The number of the type of a token with this lower-cased text and kind, added if new.
    pub fn intern(&mut self, text: &'a str, kind: TokenKind) -> u32 {
        let hash = str_hash(text);
        if (self.types.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = slot_of(hash, mask);
        loop {
            match self.slots[i] {
                0 => break,
                n => {
                    let ty = &self.types[n as usize - 1];
                    if ty.hash == hash && ty.kind == kind && ty.text == text {
                        return n - 1;
                    }
                }
            }
            i = (i + 1) & mask;
        }
        let flags = word_flags(text);
        let form = could_be_verb(text)
            .then(|| verb_form_flagged(text, &flags))
            .flatten();
        self.types.push(WordType {
            text,
            kind,
            hash,
            flags,
            form,
        });
        let n = self.types.len() as u32;
        self.slots[i] = n;
        n - 1
    }

    /// The type numbered `n` by [`Vocabulary::intern`].
    pub fn get(&self, n: u32) -> &WordType<'a> {
        &self.types[n as usize]
    }

    /// The number of distinct types so far.
    pub fn len(&self) -> usize {
        self.types.len()
    }

    fn grow(&mut self) {
        let cap = (self.slots.len() * 2).max(256);
        let mask = cap - 1;
        let mut slots = vec![0u32; cap];
        for (n, ty) in self.types.iter().enumerate() {
            let mut i = slot_of(ty.hash, mask);
            while slots[i] != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = n as u32 + 1;
        }
        self.slots = slots;
    }
}

fn slot_of(hash: u64, mask: usize) -> usize {
    // The hash's last step is a multiplication: its high bits are the mixed ones.
    (hash >> 40) as usize & mask
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::verb_form_ref;

    #[test]
    fn a_type_answers_what_the_tables_answer_for_its_word() {
        let words = [
            "the",
            "had",
            "refused",
            "to",
            "accept",
            "results",
            "elections",
            "said",
            "says",
            "hoped",
            "died",
            "studies",
            "stopped",
            "running",
            ",",
            "1998",
            "vote-rigging",
            "",
            "not",
            "will",
            "an",
            "office",
            "took",
        ];
        let mut vocab = Vocabulary::default();
        let ids: Vec<u32> = words
            .iter()
            .map(|w| vocab.intern(w, TokenKind::Word))
            .collect();
        for (w, &n) in words.iter().zip(&ids) {
            let ty = vocab.get(n);
            assert_eq!(ty.text, *w);
            let flags = word_flags(w);
            assert_eq!(ty.flags, flags, "{w}");
            assert_eq!(ty.form, verb_form_ref(w), "{w}");
        }
    }

    #[test]
    fn the_same_text_and_kind_is_one_type_and_kinds_are_kept_apart() {
        let mut vocab = Vocabulary::default();
        let a = vocab.intern("said", TokenKind::Word);
        let b = vocab.intern("said", TokenKind::Word);
        let c = vocab.intern("said", TokenKind::Punct);
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(vocab.len(), 2);
    }

    #[test]
    fn numbers_stay_right_as_the_table_grows() {
        let texts: Vec<String> = (0..5000).map(|i| format!("w{i}")).collect();
        let mut vocab = Vocabulary::default();
        let ids: Vec<u32> = texts
            .iter()
            .map(|t| vocab.intern(t, TokenKind::Word))
            .collect();
        assert_eq!(vocab.len(), texts.len());
        for (t, &n) in texts.iter().zip(&ids) {
            assert_eq!(vocab.get(n).text, t);
            assert_eq!(vocab.intern(t, TokenKind::Word), n);
        }
    }
}
