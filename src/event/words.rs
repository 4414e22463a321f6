//! The distinct words of a document, each looked up in the word tables once, and a bounded
//! memo of them kept by the recognition model across documents.
//!
//! The rules and the recogniser's features ask the same questions of every token: what the
//! closed tables say about its word ([`WordFlags`]), whether it looks like a verb form
//! ([`Lemma`] and [`Form`]), and the summed weights of the features that depend on the word
//! alone ([`super::model::Scorer`]). All of these are functions of the word's text and kind
//! (and the model). A document's [`Vocabulary`] gives each distinct `(text, kind)` a number
//! and answers once per number; a [`WordMemo`], owned by the model, keeps the answers for the
//! next documents, because a news story is short (the 400 silver documents average 310
//! tokens, of which half are the first of their word in the document) while its words are
//! the same few thousand as the last story's (12,700 distinct words in all 400; issue 6).
//!
//! The memo changes no result: it holds what would be computed again. It is read once per
//! new word of a document and written once per document, under a lock (batch mode analyses
//! documents on several threads with one model), and stops growing at [`MEMO_CAPACITY`]
//! words.

use std::sync::RwLock;

use super::model::{str_hash, LABELS};
use super::{could_be_verb, verb_form_flagged, word_flags, Form, Lemma, WordFlags};
use crate::segment::TokenKind;

/// Rows of summed weights kept per word: see [`super::model::Scorer`].
pub(super) const ROLES: usize = 7;
const _: () = assert!(ROLES <= 8, "one bit per role in `WordInfo::known`");

/// Words the memo of a model keeps at most (about 6 MB: some 360 bytes a word).
pub const MEMO_CAPACITY: usize = 1 << 14;

/// What is known about a word, given its text and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct WordInfo {
    /// The kind of the tokens (the same text of two kinds is two words).
    pub kind: TokenKind,
    /// [`str_hash`] of the text.
    pub hash: u64,
    /// What the closed tables say about the text.
    pub flags: WordFlags,
    /// Lemma and form when the text looks like a verb form (`could_be_verb`, then
    /// `verb_form_flagged`).
    pub form: Option<(Lemma, Form)>,
    /// The recogniser's summed weights per role, those whose bit is set in `known`.
    pub roles: [[i32; LABELS]; ROLES],
    /// One bit per row of `roles` that is filled.
    pub known: u8,
}

impl WordInfo {
    fn new(text: &str, kind: TokenKind, hash: u64) -> WordInfo {
        let flags = word_flags(text);
        let form = could_be_verb(text)
            .then(|| verb_form_flagged(text, &flags))
            .flatten();
        WordInfo {
            kind,
            hash,
            flags,
            form,
            roles: [[0; LABELS]; ROLES],
            known: 0,
        }
    }
}

/// One distinct word of a document.
#[derive(Debug)]
pub(super) struct WordType<'a> {
    /// The lower-cased text.
    pub text: &'a str,
    /// What is known about it.
    pub info: WordInfo,
    /// Its entry in the memo, if it has one.
    memo: Option<u32>,
    /// Roles of `info` found in this document (to be kept in the memo).
    fresh: u8,
}

/// An open-addressing index from `(text, kind)` to the position of an entry: slot values are
/// positions + 1, 0 for an empty slot; the length is a power of two, at most half full.
#[derive(Debug, Default)]
struct Index {
    slots: Vec<u32>,
}

impl Index {
    /// The position of the entry for `(text, kind, hash)` in `entries` (read through `key`),
    /// or the empty slot where it belongs.
    fn find<'e>(
        &self,
        hash: u64,
        kind: TokenKind,
        text: &str,
        key: impl Fn(u32) -> (&'e str, &'e WordInfo),
    ) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let mut i = (hash >> 40) as usize & mask;
        loop {
            match self.slots[i] {
                0 => return Err(i),
                n => {
                    let (t, info) = key(n - 1);
                    if info.hash == hash && info.kind == kind && t == text {
                        return Ok(n - 1);
                    }
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// An empty index with room for `entries` entries, at most half full: an index filled
    /// one entry at a time from empty re-placed them as it grew (issue 3).
    fn with_room(entries: usize) -> Index {
        Index {
            slots: vec![0; (entries.saturating_mul(2) + 2).next_power_of_two().max(256)],
        }
    }

    /// Makes room for one more entry (there are `len` now), re-placing them by their hashes.
    fn reserve(&mut self, len: usize, hash_of: impl Fn(usize) -> u64) {
        if (len + 1) * 2 <= self.slots.len() {
            return;
        }
        // Four times the entries, so that a table filled one entry at a time is re-placed
        // rarely.
        let cap = (self.slots.len() * 4).max(256);
        let mask = cap - 1;
        let mut slots = vec![0u32; cap];
        for n in 0..len {
            let mut i = (hash_of(n) >> 40) as usize & mask;
            while slots[i] != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = n as u32 + 1;
        }
        self.slots = slots;
    }
}

/// What a model has learnt about words across documents: [`WordInfo`] by text and kind.
#[derive(Debug, Default)]
pub struct WordMemo {
    table: RwLock<MemoTable>,
}

#[derive(Debug, Default)]
struct MemoTable {
    index: Index,
    entries: Vec<(Box<str>, WordInfo)>,
}

impl WordMemo {
    /// The number of words kept.
    pub fn len(&self) -> usize {
        self.table.read().map_or(0, |t| t.entries.len())
    }

    /// True when no word is kept.
    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `f` of the entry for `(text, kind)` and its number, if the memo keeps one: the entry
    /// is read in place, under the lock (a copy out and a copy in of these large entries
    /// showed in the profile; issue 3).
    fn with<R>(
        &self,
        hash: u64,
        kind: TokenKind,
        text: &str,
        f: impl FnOnce(u32, &WordInfo) -> R,
    ) -> Option<R> {
        // A poisoned lock (a panic elsewhere while writing) only costs the memo.
        let table = self.table.read().ok()?;
        if table.entries.is_empty() {
            return None;
        }
        let entries = &table.entries;
        let n = table
            .index
            .find(hash, kind, text, |n| {
                let (t, info) = &entries[n as usize];
                (t, info)
            })
            .ok()?;
        Some(f(n, &entries[n as usize].1))
    }
}

/// An interning table of the token texts of one document: [`Vocabulary::intern`] gives each
/// distinct `(text, kind)` a small number, the index of its [`WordType`].
#[derive(Debug)]
pub(super) struct Vocabulary<'a, 'm> {
    index: Index,
    types: Vec<WordType<'a>>,
    memo: &'m WordMemo,
}

impl<'a, 'm> Vocabulary<'a, 'm> {
    /// An empty vocabulary that starts from what `memo` knows, with room for `tokens`
    /// distinct words (growing a vector of these large entries showed in the profile).
    pub fn new(memo: &'m WordMemo, tokens: usize) -> Vocabulary<'a, 'm> {
        let room = tokens.min(1 << 12);
        Vocabulary {
            index: Index::with_room(room),
            types: Vec::with_capacity(room),
            memo,
        }
    }

    /// The number of the type of a token with this lower-cased text and kind, added if new.
    pub fn intern(&mut self, text: &'a str, kind: TokenKind) -> u32 {
        let hash = str_hash(text);
        let types = &self.types;
        self.index.reserve(types.len(), |n| types[n].info.hash);
        let types = &self.types;
        let slot = match self.index.find(hash, kind, text, |n| {
            let ty = &types[n as usize];
            (ty.text, &ty.info)
        }) {
            Ok(n) => return n,
            Err(slot) => slot,
        };
        let types = &mut self.types;
        let kept = self.memo.with(hash, kind, text, |n, info| {
            types.push(WordType {
                text,
                info: *info,
                memo: Some(n),
                fresh: 0,
            });
        });
        if kept.is_none() {
            types.push(WordType {
                text,
                info: WordInfo::new(text, kind, hash),
                memo: None,
                fresh: 0,
            });
        }
        let n = self.types.len() as u32;
        self.index.slots[slot] = n;
        n - 1
    }

    /// The type numbered `n` by [`Vocabulary::intern`].
    pub fn get(&self, n: u32) -> &WordType<'a> {
        &self.types[n as usize]
    }

    /// Role `r` of type `n`, computed by `find` unless known.
    #[inline]
    pub fn role(
        &mut self,
        n: u32,
        r: usize,
        find: impl FnOnce(&WordType<'a>) -> [i32; LABELS],
    ) -> [i32; LABELS] {
        let ty = &mut self.types[n as usize];
        if ty.info.known & (1 << r) == 0 {
            Self::fill_role(ty, r, find);
        }
        ty.info.roles[r]
    }

    #[inline(never)]
    fn fill_role(
        ty: &mut WordType<'a>,
        r: usize,
        find: impl FnOnce(&WordType<'a>) -> [i32; LABELS],
    ) {
        let row = find(ty);
        ty.info.roles[r] = row;
        ty.info.known |= 1 << r;
        ty.fresh |= 1 << r;
    }

    /// The number of distinct types so far.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.types.len()
    }

    /// Keeps in the memo the words of this document it did not know, and the roles found
    /// here of those it knew, while it has room.
    pub fn publish(&self) {
        if self
            .types
            .iter()
            .all(|ty| ty.memo.is_some() && ty.fresh == 0)
        {
            return;
        }
        let Ok(mut table) = self.memo.table.write() else {
            return;
        };
        let MemoTable { index, entries } = &mut *table;
        // Room for all the memo will hold, taken once: growing a vector of these large
        // entries copied them again and again (pages not yet written cost no memory).
        entries.reserve_exact(MEMO_CAPACITY - entries.len());
        for ty in &self.types {
            let n = match ty.memo {
                // Entries never move, so the number read before is still this word's.
                Some(n) => n,
                None => {
                    if entries.len() >= MEMO_CAPACITY {
                        continue;
                    }
                    index.reserve(entries.len(), |n| entries[n].1.hash);
                    let es = &*entries;
                    match index.find(ty.info.hash, ty.info.kind, ty.text, |n| {
                        let (t, info) = &es[n as usize];
                        (t, info)
                    }) {
                        // Another document (thread) kept it meanwhile.
                        Ok(n) => n,
                        Err(slot) => {
                            entries.push((ty.text.into(), ty.info));
                            index.slots[slot] = entries.len() as u32;
                            continue;
                        }
                    }
                }
            };
            let kept = &mut entries[n as usize].1;
            for r in 0..ROLES {
                if ty.fresh & (1 << r) != 0 && kept.known & (1 << r) == 0 {
                    kept.roles[r] = ty.info.roles[r];
                    kept.known |= 1 << r;
                }
            }
        }
    }
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
            "went",
            "alleged",
            "carried",
            "agreed",
        ];
        let memo = WordMemo::default();
        for round in 0..2 {
            let mut vocab = Vocabulary::new(&memo, 0);
            let ids: Vec<u32> = words
                .iter()
                .map(|w| vocab.intern(w, TokenKind::Word))
                .collect();
            for (w, &n) in words.iter().zip(&ids) {
                let ty = vocab.get(n);
                assert_eq!(ty.text, *w);
                assert_eq!(ty.info.flags, word_flags(w), "{w}");
                let form = ty.info.form.map(|(lemma, form)| (lemma.of(w), form));
                assert_eq!(form, verb_form_ref(w), "{w}");
                // The second document finds every word in the memo.
                assert_eq!(ty.memo.is_some(), round == 1, "{w}");
            }
            vocab.publish();
        }
        assert_eq!(memo.len(), words.len());
    }

    #[test]
    fn the_same_text_and_kind_is_one_type_and_kinds_are_kept_apart() {
        let memo = WordMemo::default();
        let mut vocab = Vocabulary::new(&memo, 0);
        let a = vocab.intern("said", TokenKind::Word);
        let b = vocab.intern("said", TokenKind::Word);
        let c = vocab.intern("said", TokenKind::Punct);
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(vocab.len(), 2);
    }

    #[test]
    fn numbers_stay_right_as_the_tables_grow_and_the_memo_stops_at_its_capacity() {
        let texts: Vec<String> = (0..MEMO_CAPACITY + 300).map(|i| format!("w{i}")).collect();
        let memo = WordMemo::default();
        let mut vocab = Vocabulary::new(&memo, 0);
        let ids: Vec<u32> = texts
            .iter()
            .map(|t| vocab.intern(t, TokenKind::Word))
            .collect();
        assert_eq!(vocab.len(), texts.len());
        for (t, &n) in texts.iter().zip(&ids) {
            assert_eq!(vocab.get(n).text, t);
            assert_eq!(vocab.intern(t, TokenKind::Word), n);
        }
        vocab.publish();
        assert_eq!(memo.len(), MEMO_CAPACITY);
        let mut next = Vocabulary::new(&memo, 0);
        for (i, t) in texts.iter().enumerate() {
            let n = next.intern(t, TokenKind::Word);
            assert_eq!(next.get(n).text, t);
            assert_eq!(next.get(n).memo.is_some(), i < MEMO_CAPACITY);
        }
    }

    #[test]
    fn roles_found_in_one_document_are_known_in_the_next() {
        let memo = WordMemo::default();
        let mut first = Vocabulary::new(&memo, 0);
        let n = first.intern("said", TokenKind::Word);
        assert_eq!(first.role(n, 2, |_| [7; LABELS]), [7; LABELS]);
        // Known now: the closure is not called again.
        assert_eq!(first.role(n, 2, |_| [0; LABELS]), [7; LABELS]);
        first.publish();
        let mut second = Vocabulary::new(&memo, 0);
        let n = second.intern("said", TokenKind::Word);
        assert_eq!(second.role(n, 2, |_| [0; LABELS]), [7; LABELS]);
        assert_eq!(second.role(n, 1, |_| [3; LABELS]), [3; LABELS]);
        second.publish();
        let mut third = Vocabulary::new(&memo, 0);
        let n = third.intern("said", TokenKind::Word);
        assert_eq!(third.get(n).info.known, 0b110);
    }
}
