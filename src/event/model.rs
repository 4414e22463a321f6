//! The learned event recogniser: an averaged perceptron that labels each word token as *no
//! event* or an event of one of the seven TimeML classes.
//!
//! Features (about forty per token, see [`token_features`]) are the word, its neighbours, its
//! suffixes and shape, and what the rule tables of [`super::lexicon`] say about it and its left
//! context (an auxiliary or "to" before it, a determiner before it, a verb form and lemma, the
//! lemma's class in the verb tables, a known event noun, inside a time phrase). Each feature is
//! hashed to 32 bits (a fixed, platform-independent hash); the model maps a hash to one small
//! integer weight per label, and a token's label is the arg-max of the summed weights (ties go
//! to the lower label, "no event" first). Inference allocates nothing per token: the extractor
//! scores with `Scorer`, which gives the same sums with the weights of the features over one
//! word summed once per word and kept by the model across documents (`super::words`).
//!
//! The shipped weights (`events.model`) were trained by `src/bin/train-events.rs` on all of the
//! shared TempEval-3 training data (TimeBank and AQUAINT); `docs/accuracy.md` gives the
//! protocol and the cross-validated figures. The file format, little-endian:
//!
//! ```text
//! "TEVM" version:u8=1 labels:u8=8 count:u32
//! count × ( key:u32  mask:u8  weight:i16 for each set bit of mask, lowest label first )
//! ```
//!
//! with records sorted by key, so that the same weights always give the same bytes.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::lexicon::Aux;
use super::words::{Vocabulary, WordMemo, WordType};
use super::{class_of, verb_form_ref, word_flags, EventClass, Form, Lemma, WordFlags};
use crate::segment::{Segmentation, TokenKind};
use crate::Span;

/// Number of labels: "no event" and the seven classes.
pub const LABELS: usize = 8;

/// The class a label stands for (`None` for label 0, "no event").
pub const fn label_class(label: usize) -> Option<EventClass> {
    match label {
        1 => Some(EventClass::Occurrence),
        2 => Some(EventClass::Reporting),
        3 => Some(EventClass::State),
        4 => Some(EventClass::Aspectual),
        5 => Some(EventClass::IAction),
        6 => Some(EventClass::IState),
        7 => Some(EventClass::Perception),
        _ => None,
    }
}

/// The label of a class.
pub const fn class_label(class: EventClass) -> usize {
    match class {
        EventClass::Occurrence => 1,
        EventClass::Reporting => 2,
        EventClass::State => 3,
        EventClass::Aspectual => 4,
        EventClass::IAction => 5,
        EventClass::IState => 6,
        EventClass::Perception => 7,
    }
}

/// The class named by a TimeML `class` attribute.
pub fn class_from_timeml(name: &str) -> Option<EventClass> {
    Some(match name {
        "OCCURRENCE" => EventClass::Occurrence,
        "REPORTING" => EventClass::Reporting,
        "STATE" => EventClass::State,
        "ASPECTUAL" => EventClass::Aspectual,
        "I_ACTION" => EventClass::IAction,
        "I_STATE" => EventClass::IState,
        "PERCEPTION" => EventClass::Perception,
        _ => return None,
    })
}

/// Why model bytes could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    /// The bytes do not start with `TEVM`, version 1, 8 labels.
    #[error("not an event model: expected the header \"TEVM\" version 1 with 8 labels")]
    BadHeader,
    /// The bytes end inside a record.
    #[error("event model truncated: expected {expected} records, found {found}")]
    Truncated {
        /// Records announced.
        expected: usize,
        /// Records read completely.
        found: usize,
    },
}

/// A trained event recogniser.
#[derive(Default)]
pub struct Model {
    /// Open-addressing table (key 0 = empty slot), length a power of two; a key and its
    /// weights share a slot, so that a lookup touches one cache line.
    slots: Vec<Slot>,
    /// Number of features.
    len: usize,
    /// What the extractor learnt about words with these weights, for the next documents
    /// (see [`WordMemo`]; it changes no result).
    memo: WordMemo,
    /// The rows of the fixed features, found when first scored.
    fixed: OnceLock<Box<FixedRows>>,
}

impl Clone for Model {
    /// The same weights, with an empty [`WordMemo`].
    fn clone(&self) -> Model {
        Model {
            slots: self.slots.clone(),
            len: self.len,
            memo: WordMemo::default(),
            fixed: OnceLock::new(),
        }
    }
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("features", &self.len)
            .field("words_kept", &self.memo.len())
            .finish()
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    key: u32,
    row: [i16; LABELS],
}

const MAGIC: &[u8; 4] = b"TEVM";

/// The model shipped with tempora (trained on TimeBank + AQUAINT).
static BUILTIN: &[u8] = include_bytes!("events.model");

impl Model {
    /// A model with no weights: it labels nothing, and [`super::extract_with`] then falls back
    /// to the rule tables alone.
    pub fn empty() -> Model {
        Model::default()
    }

    /// The model shipped with tempora, read once.
    pub fn builtin() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        // The shipped bytes are checked by a test; should they ever fail to read, the
        // extractor still works with its rules alone.
        MODEL.get_or_init(|| Model::from_bytes(BUILTIN).unwrap_or_default())
    }

    /// True when the model has no weights.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Builds a model from `(key, weights)` pairs (a later pair for the same key wins).
    pub fn from_weights(weights: impl IntoIterator<Item = (u32, [i16; LABELS])>) -> Model {
        let weights: Vec<_> = weights
            .into_iter()
            .filter(|(_, w)| w.iter().any(|&x| x != 0))
            .collect();
        if weights.is_empty() {
            return Model::default();
        }
        let cap = (weights.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![Slot::default(); cap];
        let mut len = 0;
        for (key, row) in weights {
            let key = nonzero(key);
            let mut i = slot_of(key, cap);
            while slots[i].key != 0 && slots[i].key != key {
                i = (i + 1) & (cap - 1);
            }
            if slots[i].key == 0 {
                len += 1;
            }
            slots[i] = Slot { key, row };
        }
        Model {
            slots,
            len,
            memo: WordMemo::default(),
            fixed: OnceLock::new(),
        }
    }

    /// What the extractor keeps about words across the documents it runs with this model.
    pub(super) fn words(&self) -> &WordMemo {
        &self.memo
    }

    /// Reads the format described in the module documentation.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.len() < 10 || &bytes[..4] != MAGIC || bytes[4] != 1 || bytes[5] != LABELS as u8 {
            return Err(ModelError::BadHeader);
        }
        let count = u32::from_le_bytes([bytes[6], bytes[7], bytes[8], bytes[9]]) as usize;
        let mut at = 10;
        let mut weights = Vec::with_capacity(count.min(1 << 20));
        for found in 0..count {
            let truncated = ModelError::Truncated {
                expected: count,
                found,
            };
            let Some(head) = bytes.get(at..at + 5) else {
                return Err(truncated);
            };
            let key = u32::from_le_bytes([head[0], head[1], head[2], head[3]]);
            let mask = head[4];
            at += 5;
            let mut row = [0i16; LABELS];
            for (label, w) in row.iter_mut().enumerate() {
                if mask & (1 << label) != 0 {
                    let Some(b) = bytes.get(at..at + 2) else {
                        return Err(truncated);
                    };
                    *w = i16::from_le_bytes([b[0], b[1]]);
                    at += 2;
                }
            }
            weights.push((key, row));
        }
        Ok(Model::from_weights(weights))
    }

    /// Writes the format described in the module documentation (records sorted by key).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut records = self.weights();
        records.sort_unstable_by_key(|r| r.0);
        let mut out = Vec::with_capacity(10 + records.len() * 9);
        out.extend_from_slice(MAGIC);
        out.push(1);
        out.push(LABELS as u8);
        out.extend_from_slice(&(records.len() as u32).to_le_bytes());
        for (key, row) in records {
            out.extend_from_slice(&key.to_le_bytes());
            let mask = row
                .iter()
                .enumerate()
                .filter(|(_, w)| **w != 0)
                .fold(0u8, |m, (i, _)| m | (1 << i));
            out.push(mask);
            for w in row.iter().filter(|w| **w != 0) {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }

    /// Adds `delta` to the weight of `label` for feature `key` (saturating), adding the
    /// feature if it has no weights yet.
    pub fn adjust(&mut self, key: u32, label: usize, delta: i16) {
        let mut weights = self.weights();
        let key = nonzero(key);
        let i = match weights.iter().position(|(k, _)| *k == key) {
            Some(i) => i,
            None => {
                weights.push((key, [0; LABELS]));
                weights.len() - 1
            }
        };
        if let Some(w) = weights[i].1.get_mut(label) {
            *w = w.saturating_add(delta);
        }
        *self = Model::from_weights(weights);
    }

    /// Every feature's key and weights, in no particular order.
    pub fn weights(&self) -> Vec<(u32, [i16; LABELS])> {
        self.slots
            .iter()
            .filter(|s| s.key != 0)
            .map(|s| (s.key, s.row))
            .collect()
    }

    fn row(&self, key: u32) -> Option<&[i16; LABELS]> {
        if self.slots.is_empty() {
            return None;
        }
        let key = nonzero(key);
        let cap = self.slots.len();
        let mut i = slot_of(key, cap);
        loop {
            let slot = &self.slots[i];
            match slot.key {
                0 => return None,
                k if k == key => return Some(&slot.row),
                _ => i = (i + 1) & (cap - 1),
            }
        }
    }

    /// Adds the weights of feature `key`, if it has any, to `scores`.
    fn add_row(&self, scores: &mut [i32; LABELS], key: u32) {
        if let Some(row) = self.row(key) {
            for (s, w) in scores.iter_mut().zip(row) {
                *s += i32::from(*w);
            }
        }
    }

    /// The summed weights of these features, per label.
    pub fn scores(&self, features: &[u32]) -> [i32; LABELS] {
        let mut scores = [0i32; LABELS];
        for &f in features {
            self.add_row(&mut scores, f);
        }
        scores
    }

    /// The best label for these features (ties to the lower label).
    pub fn predict(&self, features: &[u32]) -> usize {
        argmax(&self.scores(features))
    }
}

fn argmax<T: PartialOrd + Copy>(scores: &[T]) -> usize {
    let mut best = 0;
    for (i, s) in scores.iter().enumerate() {
        if *s > scores[best] {
            best = i;
        }
    }
    best
}

fn nonzero(key: u32) -> u32 {
    if key == 0 {
        1
    } else {
        key
    }
}

fn slot_of(key: u32, cap: usize) -> usize {
    // Keys are already hashes; mix once more so that the low bits are spread.
    (key.wrapping_mul(0x9E37_79B1) >> 7) as usize & (cap - 1)
}

/// The key of the feature every token has (its "no event" weight is the decision threshold).
pub fn bias_key() -> u32 {
    Hasher::new(0).finish()
}

/// The key of the feature "the rules found an event here" (`kind` 1 verb group, 2 noun); its
/// "no event" weight is the threshold for the rules' candidates.
pub fn rule_key(kind: u8) -> u32 {
    Hasher::new(31).byte_feature(kind).finish()
}

/// A feature hash over a template number and byte strings, eight bytes at a time
/// (multiply-rotate, as FxHash), finished with a 64-bit mix and folded to 32 bits. Fixed and
/// platform-independent: the shipped weights depend on it.
///
/// The functions are `const` so that the features over fixed strings (shapes, auxiliaries,
/// forms, classes) are hashed at compile time: hashing them per token showed in the profile
/// (issue 6).
#[derive(Clone, Copy)]
struct Hasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher {
    const fn new(template: u8) -> Hasher {
        Hasher((template as u64).wrapping_mul(SEED))
    }
    const fn word(self, w: u64) -> Hasher {
        Hasher((self.0.rotate_left(5) ^ w).wrapping_mul(SEED))
    }
    /// [`Hasher::str`] for constant tables (byte by byte; the same value).
    const fn str_const(self, s: &str) -> Hasher {
        let b = s.as_bytes();
        let full = b.len() / 8 * 8;
        let mut h = self;
        let mut i = 0;
        while i < full {
            h = h.word(u64::from_le_bytes([
                b[i],
                b[i + 1],
                b[i + 2],
                b[i + 3],
                b[i + 4],
                b[i + 5],
                b[i + 6],
                b[i + 7],
            ]));
            i += 8;
        }
        // The rest, little-endian and zero-padded, as `u64::from_le_bytes` of 8 bytes.
        let rest = b.len() - full;
        let mut w = 0u64;
        let mut k = 0;
        while k < rest {
            w |= (b[full + k] as u64) << (8 * k);
            k += 1;
        }
        // The length goes in too, so that ("ab","c") and ("a","bc") differ.
        h.word(w ^ ((rest as u64) << 59) ^ (b.len() as u64))
    }
    /// Mixes in a string, eight bytes at a time, then the rest little-endian and zero-padded
    /// with the lengths.
    fn str(self, s: &str) -> Hasher {
        let b = s.as_bytes();
        let mut chunks = b.chunks_exact(8);
        let mut h = self;
        for c in &mut chunks {
            h = h.word(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        h.word(tail(rest) ^ ((rest.len() as u64) << 59) ^ (b.len() as u64))
    }
    /// Mixes in a precomputed string hash ([`str_hash`]).
    const fn val(self, h: u64) -> Hasher {
        self.word(h)
    }
    const fn byte_feature(self, b: u8) -> Hasher {
        self.word(b as u64 | 0x100)
    }
    const fn finish(self) -> u32 {
        // murmur3's 64-bit finaliser, folded to 32 bits.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^= h >> 33;
        (h ^ (h >> 32)) as u32
    }
}

/// Up to seven bytes as a little-endian number, zero-padded (overlapping loads instead of a
/// byte loop or a copy: this runs for every word several times).
pub(super) fn tail(r: &[u8]) -> u64 {
    let n = r.len();
    if n >= 4 {
        let lo = u64::from(u32::from_le_bytes([r[0], r[1], r[2], r[3]]));
        let hi = u64::from(u32::from_le_bytes([r[n - 4], r[n - 3], r[n - 2], r[n - 1]]));
        lo | (hi << (8 * (n - 4)))
    } else if n > 0 {
        u64::from(r[0])
            | (u64::from(r[n / 2]) << (8 * (n / 2)))
            | (u64::from(r[n - 1]) << (8 * (n - 1)))
    } else {
        0
    }
}

/// The hash of a string, to be mixed into features with [`Hasher::val`].
pub(super) fn str_hash(s: &str) -> u64 {
    Hasher(SEED).str(s).0
}

/// The tokens of one sentence as the feature function sees them.
pub struct SentenceView<'a> {
    /// The source text.
    pub text: &'a str,
    /// Its segmentation.
    pub seg: &'a Segmentation,
    /// The sentence's token range in `seg.tokens`.
    pub tokens: std::ops::Range<usize>,
    /// Token spans covered by a time phrase.
    pub times: &'a [Span],
    /// What the rule tables found at each token of the sentence (index `t - tokens.start`):
    /// 0 nothing, 1 the head of a verb group, 2 an event noun placed in time.
    pub rules: &'a [u8],
}

impl SentenceView<'_> {
    /// The lower-cased word at token `i`, `"<s>"`/`"</s>"` outside the sentence, `"<num>"`
    /// for numbers.
    fn word(&self, i: isize) -> &str {
        if i < self.tokens.start as isize {
            return "<s>";
        }
        let i = i as usize;
        if i >= self.tokens.end {
            return "</s>";
        }
        let t = self.seg.tokens[i];
        if t.kind == TokenKind::Number {
            return "<num>";
        }
        self.seg.lower_of(t.span)
    }
}

fn suffix(w: &str, n: usize) -> &str {
    if w.len() <= n {
        return w;
    }
    let mut start = w.len() - n;
    while !w.is_char_boundary(start) {
        start -= 1;
    }
    &w[start..]
}

fn prefix(w: &str, n: usize) -> &str {
    if w.len() <= n {
        return w;
    }
    let mut end = n;
    while !w.is_char_boundary(end) {
        end += 1;
    }
    &w[..end]
}

const fn form_name(f: Form) -> &'static str {
    match f {
        Form::Base => "base",
        Form::Present => "pres",
        Form::Past => "past",
        Form::Participle => "part",
        Form::Ing => "ing",
    }
}

const fn class_name(c: EventClass) -> &'static str {
    match c {
        EventClass::Occurrence => "occ",
        EventClass::Reporting => "rep",
        EventClass::State => "state",
        EventClass::Aspectual => "asp",
        EventClass::IAction => "iact",
        EventClass::IState => "istate",
        EventClass::Perception => "perc",
    }
}

/// What the word tables say about each token of a sentence, computed once per sentence so
/// that the features of a token and its neighbours do not look words up again.
#[derive(Debug, Default)]
pub struct SentenceCache {
    tokens: Vec<TokenInfo>,
}

#[derive(Debug, Clone, Copy, Default)]
struct TokenInfo {
    /// Verb form and the table class of its lemma, if the word looks like a verb.
    verb: Option<(Form, EventClass)>,
    /// The hasher state of the verb lemma feature (26).
    lemma: u64,
    /// [`str_hash`] of the word as [`SentenceView::word`] gives it, and of its last 3 bytes.
    word: u64,
    suffix3: u64,
    aux: Option<Aux>,
    determiner: bool,
    insert: bool,
    not_verb: bool,
    function: bool,
    event_noun: Option<&'static str>,
}

/// What the tables say about a token outside the sentence: nothing.
static NO_INFO: TokenInfo = TokenInfo {
    verb: None,
    lemma: 0,
    word: 0,
    suffix3: 0,
    aux: None,
    determiner: false,
    insert: false,
    not_verb: false,
    function: false,
    event_noun: None,
};

impl SentenceCache {
    /// Fills the cache for the sentence of `v` (the training path and the definition of the
    /// features; the extractor scores with `Scorer`).
    pub(super) fn fill(&mut self, v: &SentenceView<'_>) {
        self.tokens.clear();
        for t in v.tokens.clone() {
            let tok = v.seg.tokens[t];
            let word = v.word(t as isize);
            let hashes = (str_hash(word), str_hash(suffix(word, 3)));
            let mut info = if tok.kind == TokenKind::Word {
                let w = v.seg.lower_of(tok.span);
                let flags = word_flags(w);
                let verb = if flags.function {
                    None
                } else {
                    verb_form_ref(w)
                };
                TokenInfo {
                    verb: verb.as_ref().map(|(lemma, form)| (*form, class_of(lemma))),
                    lemma: verb
                        .as_ref()
                        .map_or(0, |(lemma, _)| Hasher::new(26).str(lemma).0),
                    aux: flags.aux,
                    determiner: flags.determiner,
                    insert: flags.insert,
                    not_verb: flags.not_verb,
                    function: flags.function,
                    event_noun: flags.event_noun,
                    ..TokenInfo::default()
                }
            } else {
                TokenInfo::default()
            };
            (info.word, info.suffix3) = hashes;
            self.tokens.push(info);
        }
    }

    /// True when token `t` is one of [`super::lexicon::FUNCTION_WORDS`].
    pub fn is_function_word(&self, v: &SentenceView<'_>, t: usize) -> bool {
        self.get(v, t as isize).function
    }

    /// The word and suffix hashes at `t`, boundaries included.
    fn hashes(&self, v: &SentenceView<'_>, t: isize) -> (u64, u64) {
        if t < v.tokens.start as isize || t >= v.tokens.end as isize {
            let w = v.word(t);
            return (str_hash(w), str_hash(suffix(w, 3)));
        }
        let info = self.get(v, t);
        (info.word, info.suffix3)
    }

    fn get(&self, v: &SentenceView<'_>, t: isize) -> &TokenInfo {
        if t < v.tokens.start as isize {
            return &NO_INFO;
        }
        self.tokens
            .get(t as usize - v.tokens.start)
            .unwrap_or(&NO_INFO)
    }
}

/// A feature over a fixed string, hashed at compile time.
const fn fixed(template: u8, s: &str) -> u32 {
    Hasher::new(template).str_const(s).finish()
}

/// A feature with no value, hashed at compile time.
const fn flag(template: u8) -> u32 {
    Hasher::new(template).finish()
}

const AUX_NAMES: [&str; 6] = ["be", "have", "do", "will", "modal", "to"];

/// Index of an auxiliary's feature name in [`AUX_NAMES`].
fn aux_index(a: Aux) -> usize {
    match a {
        Aux::BePresent | Aux::BePast | Aux::Be => 0,
        Aux::HavePresent | Aux::HavePast => 1,
        Aux::Do(_) => 2,
        Aux::Will => 3,
        Aux::Modal => 4,
        Aux::To => 5,
    }
}

const FORMS: [Form; 5] = [
    Form::Base,
    Form::Present,
    Form::Past,
    Form::Participle,
    Form::Ing,
];

fn form_index(f: Form) -> usize {
    match f {
        Form::Base => 0,
        Form::Present => 1,
        Form::Past => 2,
        Form::Participle => 3,
        Form::Ing => 4,
    }
}

const CLASSES: [EventClass; 7] = [
    EventClass::Occurrence,
    EventClass::Reporting,
    EventClass::State,
    EventClass::Aspectual,
    EventClass::IAction,
    EventClass::IState,
    EventClass::Perception,
];

/// Index of a class in [`CLASSES`] (its label − 1).
fn class_index(c: EventClass) -> usize {
    class_label(c) - 1
}

/// The features over fixed strings, by template, in the order of the tables above.
struct Fixed {
    aux18: [u32; 6],
    aux19: [u32; 6],
    /// Template 20: `[before][last]`.
    aux20: [[u32; 6]; 6],
    form25: [u32; 5],
    /// Template 28 before the previous word is mixed in.
    form28: [Hasher; 5],
    class27: [u32; 7],
    class29: [u32; 7],
    class30: [u32; 7],
    rule31: [u32; 3],
    /// Template 32 before the suffix is mixed in.
    rule32: [Hasher; 3],
}

const FIXED: Fixed = {
    let mut f = Fixed {
        aux18: [0; 6],
        aux19: [0; 6],
        aux20: [[0; 6]; 6],
        form25: [0; 5],
        form28: [Hasher(0); 5],
        class27: [0; 7],
        class29: [0; 7],
        class30: [0; 7],
        rule31: [0; 3],
        rule32: [Hasher(0); 3],
    };
    let mut i = 0;
    while i < 6 {
        f.aux18[i] = fixed(18, AUX_NAMES[i]);
        f.aux19[i] = fixed(19, AUX_NAMES[i]);
        let mut j = 0;
        while j < 6 {
            f.aux20[j][i] = Hasher::new(20)
                .str_const(AUX_NAMES[j])
                .str_const(AUX_NAMES[i])
                .finish();
            j += 1;
        }
        i += 1;
    }
    let mut i = 0;
    while i < 5 {
        f.form25[i] = fixed(25, form_name(FORMS[i]));
        f.form28[i] = Hasher::new(28).str_const(form_name(FORMS[i]));
        i += 1;
    }
    let mut i = 0;
    while i < 7 {
        f.class27[i] = fixed(27, class_name(CLASSES[i]));
        f.class29[i] = fixed(29, class_name(CLASSES[i]));
        f.class30[i] = fixed(30, class_name(CLASSES[i]));
        i += 1;
    }
    let mut i = 0;
    while i < 3 {
        f.rule31[i] = Hasher::new(31).byte_feature(i as u8).finish();
        f.rule32[i] = Hasher::new(32).byte_feature(i as u8);
        i += 1;
    }
    f
};

/// Writes the feature hashes of token `t` of the sentence into `out` (cleared first);
/// `cache` must have been filled for the same sentence.
pub fn token_features(v: &SentenceView<'_>, cache: &SentenceCache, t: usize, out: &mut Vec<u32>) {
    out.clear();
    let ti = t as isize;
    let w = v.word(ti);
    // Word hashes come from the cache, so that each word of the sentence is hashed once.
    let (hw, hw3) = cache.hashes(v, ti);
    let (hp1, hp1s3) = cache.hashes(v, ti - 1);
    let (hp2, _) = cache.hashes(v, ti - 2);
    let (hn1, hn1s3) = cache.hashes(v, ti + 1);
    let (hn2, _) = cache.hashes(v, ti + 2);
    let mut push = |h: Hasher| out.push(h.finish());
    push(Hasher::new(0));
    push(Hasher::new(1).val(hw));
    push(Hasher::new(2).val(hp1));
    push(Hasher::new(3).val(hp2));
    push(Hasher::new(4).val(hn1));
    push(Hasher::new(5).val(hn2));
    push(Hasher::new(6).val(hp1).val(hw));
    push(Hasher::new(7).val(hw).val(hn1));
    push(Hasher::new(8).str(suffix(w, 2)));
    push(Hasher::new(9).val(hw3));
    push(Hasher::new(10).str(suffix(w, 4)));
    push(Hasher::new(11).str(prefix(w, 3)));
    push(Hasher::new(12).val(hp1s3));
    push(Hasher::new(13).val(hn1s3));
    push(Hasher::new(14).val(hp2).val(hp1));
    let p1 = v.word(ti - 1);
    out.push(SHAPES[shape(v, t)]);
    let span = v.seg.tokens[t].span;
    if w.contains('-') {
        out.push(const { flag(16) });
    }
    // Inside a time phrase ("May", "the morning").
    if v.times.iter().any(|s| s.overlaps(span)) {
        out.push(const { flag(17) });
    }
    // The auxiliary chain before the word: "had previously", "will not be", "to".
    let mut j = ti - 1;
    let mut insert = false;
    while j >= v.tokens.start as isize && cache.get(v, j).insert {
        insert = true;
        j -= 1;
    }
    if let Some(a) = cache.get(v, j).aux {
        let a = aux_index(a);
        out.push(FIXED.aux18[a]);
        if insert {
            out.push(FIXED.aux19[a]);
        }
        if let Some(b) = cache.get(v, j - 1).aux {
            out.push(FIXED.aux20[aux_index(b)][a]);
        }
    }
    if cache.get(v, ti - 1).determiner {
        out.push(const { flag(21) });
    }
    if cache.get(v, ti - 2).determiner {
        out.push(const { flag(22) });
    }
    let here = cache.get(v, ti);
    if here.not_verb {
        out.push(const { flag(23) });
    }
    if let Some(lemma) = here.event_noun {
        out.push(Hasher::new(24).str(lemma).finish());
    }
    if let Some((form, class)) = here.verb {
        let f = form_index(form);
        out.push(FIXED.form25[f]);
        out.push(Hasher(here.lemma).finish());
        out.push(FIXED.class27[class_index(class)]);
        out.push(FIXED.form28[f].str(p1).finish());
    }
    if let Some((_, class)) = cache.get(v, ti + 1).verb {
        out.push(FIXED.class29[class_index(class)]);
    }
    if let Some((_, class)) = cache.get(v, ti - 1).verb {
        out.push(FIXED.class30[class_index(class)]);
    }
    // The rules' own decision, which the model learns how far to trust.
    let rule = v.rules.get(t - v.tokens.start).copied().unwrap_or(0);
    out.push(rule_feature(rule));
    out.push(rule_suffix_feature(rule, w));
}

/// The shape features (template 15): all capitals, capitalised at the start of the
/// sentence, capitalised, lower case.
const SHAPES: [u32; 4] = [
    fixed(15, "UPPER"),
    fixed(15, "Cap-initial"),
    fixed(15, "Cap"),
    fixed(15, "lower"),
];

/// The index in [`SHAPES`] of the shape of token `t` (as written, not lower-cased).
fn shape(v: &SentenceView<'_>, t: usize) -> usize {
    let span = v.seg.tokens[t].span;
    let original = &v.text[span.start..span.end];
    let first_upper = original.starts_with(|c: char| c.is_uppercase());
    let all_upper = original.chars().all(|c| !c.is_lowercase());
    match (first_upper, all_upper, t == v.tokens.start) {
        (_, true, _) if original.len() > 1 => 0,
        (true, _, true) => 1,
        (true, _, false) => 2,
        _ => 3,
    }
}

/// The feature of the rules' mark at a token (template 31).
fn rule_feature(mark: u8) -> u32 {
    FIXED
        .rule31
        .get(usize::from(mark))
        .copied()
        .unwrap_or_else(|| rule_key(mark))
}

/// The feature of the rules' mark with the word's last three bytes (template 32).
fn rule_suffix_feature(mark: u8, w: &str) -> u32 {
    let h = FIXED
        .rule32
        .get(usize::from(mark))
        .copied()
        .unwrap_or_else(|| Hasher::new(32).byte_feature(mark));
    h.str(suffix(w, 3)).finish()
}

/// The rule tables' decision per token of a sentence, for [`SentenceView::rules`].
pub fn rule_marks(
    seg: &Segmentation,
    tokens: std::ops::Range<usize>,
    events: &[super::Event],
    out: &mut Vec<u8>,
) {
    out.clear();
    out.resize(tokens.len(), 0);
    for e in events {
        let t = seg.token_at(e.head.start);
        // A state after "be under|in" is hardly ever a TimeML event (the recogniser is
        // trained on few) and is kept whatever the labels say (`rule_is_sure`): its mark
        // would only move the recogniser's training (events CV 84.86 to 84.78 with it).
        if super::is_be_state(seg, e) {
            continue;
        }
        if let Some(slot) = t.checked_sub(tokens.start).and_then(|i| out.get_mut(i)) {
            *slot = match e.pos {
                super::EventPos::Verb => 1,
                super::EventPos::Noun => 2,
            };
        }
    }
}

/// The recogniser's scores for the tokens of one document: the same sums as
/// [`Model::scores`] of [`token_features`], regrouped so that a token costs a few lookups.
///
/// Most features of a token depend on one word only: its own (word, suffixes, prefix,
/// hyphen, tables, verb form, and with the rules' mark the two rule features), the previous
/// word's (word, suffix, determiner, verb class), the one before (word, determiner), the next
/// word's (word, suffix, verb class) and the one after (word). Their weights are summed once
/// per word and [`Role`] and kept with the word ([`Vocabulary::role`], and across documents
/// in the model's [`WordMemo`]); the features over two words, the shape, the time phrase,
/// the auxiliary chain and the verb form after the previous word are looked up per token,
/// the fixed ones from rows found once. Integer sums do not depend on their order, so the
/// scores are exactly those of [`token_features`] (tested below), which stays the definition
/// of the features and the trainer's input (issue 6).
pub(super) struct Scorer<'m> {
    model: &'m Model,
    fixed: &'m FixedRows,
}

/// The rows of the features a token may have whatever its words, found once per model.
#[derive(Debug)]
pub(super) struct FixedRows {
    /// The roles of the words outside the sentence: `"<s>"` as [`Role::Prev1`] and
    /// [`Role::Prev2`], `"</s>"` as [`Role::Next1`] and [`Role::Next2`].
    before_start: [[i32; LABELS]; 2],
    after_end: [[i32; LABELS]; 2],
    /// Rows of the per-token features over fixed strings.
    shapes: [[i32; LABELS]; 4],
    in_time: [i32; LABELS],
    aux18: [[i32; LABELS]; 6],
    aux19: [[i32; LABELS]; 6],
    aux20: [[[i32; LABELS]; 6]; 6],
}

impl FixedRows {
    fn new(model: &Model) -> FixedRows {
        let row = |key: u32| {
            let mut s = [0; LABELS];
            model.add_row(&mut s, key);
            s
        };
        let start = FeatureWord::outside("<s>", START_HASH);
        let end = FeatureWord::outside("</s>", END_HASH);
        FixedRows {
            before_start: [
                role_sum(model, &start, Role::Prev1),
                role_sum(model, &start, Role::Prev2),
            ],
            after_end: [
                role_sum(model, &end, Role::Next1),
                role_sum(model, &end, Role::Next2),
            ],
            shapes: SHAPES.map(row),
            in_time: row(flag(17)),
            aux18: FIXED.aux18.map(row),
            aux19: FIXED.aux19.map(row),
            aux20: FIXED.aux20.map(|r| r.map(row)),
        }
    }
}

/// What a word is to the token being scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// The token itself, with the rules' mark at it.
    Word(u8),
    /// The word before it.
    Prev1,
    /// The word two before it.
    Prev2,
    /// The word after it.
    Next1,
    /// The word two after it.
    Next2,
}

impl Role {
    /// The role's row among the `ROLES` a word keeps (the rules make marks 0, 1 and 2 only;
    /// another is scored without a kept row).
    fn slot(self) -> Option<usize> {
        match self {
            Role::Word(mark) => (mark < 3).then_some(usize::from(mark)),
            Role::Prev1 => Some(3),
            Role::Prev2 => Some(4),
            Role::Next1 => Some(5),
            Role::Next2 => Some(6),
        }
    }
}

/// [`str_hash`] of the words the features put outside a sentence and for a number.
const START_HASH: u64 = Hasher(SEED).str_const("<s>").0;
const END_HASH: u64 = Hasher(SEED).str_const("</s>").0;
const NUM_HASH: u64 = Hasher(SEED).str_const("<num>").0;

/// A word as the features see it ([`SentenceView::word`] and [`SentenceCache`]): its string
/// and hash, and the tables' answers (none for a token that is not a word).
struct FeatureWord<'x> {
    word: &'x str,
    hash: u64,
    flags: WordFlags,
    verb: Option<(Lemma, Form)>,
}

impl<'x> FeatureWord<'x> {
    fn of(ty: &'x WordType<'_>) -> FeatureWord<'x> {
        let info = &ty.info;
        match info.kind {
            TokenKind::Word => FeatureWord {
                word: ty.text,
                hash: info.hash,
                flags: info.flags,
                verb: if info.flags.function { None } else { info.form },
            },
            TokenKind::Number => FeatureWord::outside("<num>", NUM_HASH),
            TokenKind::Punct => FeatureWord::outside(ty.text, info.hash),
        }
    }

    fn outside(word: &'x str, hash: u64) -> FeatureWord<'x> {
        FeatureWord {
            word,
            hash,
            flags: WordFlags::default(),
            verb: None,
        }
    }
}

/// [`FeatureWord::word`] of a word type, without the rest.
fn feature_text<'x>(ty: &'x WordType<'_>) -> &'x str {
    match ty.info.kind {
        TokenKind::Number => "<num>",
        _ => ty.text,
    }
}

/// [`FeatureWord::hash`] of a word type, without the rest.
fn feature_hash(ty: &WordType<'_>) -> u64 {
    match ty.info.kind {
        TokenKind::Number => NUM_HASH,
        _ => ty.info.hash,
    }
}

impl<'m> Scorer<'m> {
    /// A scorer for one document.
    pub fn new(model: &'m Model) -> Scorer<'m> {
        Scorer {
            model,
            fixed: model.fixed.get_or_init(|| Box::new(FixedRows::new(model))),
        }
    }

    /// The label of token `t` of the sentence `v` (the arg-max of [`Scorer::scores`]) and how
    /// sure it is: the best event label's score above the "no event" score (negative when
    /// the token is labelled no event).
    pub fn label_and_margin(
        &self,
        v: &SentenceView<'_>,
        vocab: &mut Vocabulary<'_, '_>,
        ids: &[u32],
        t: usize,
    ) -> (usize, i32) {
        let scores = self.scores(v, vocab, ids, t);
        let best_event = 1 + argmax(&scores[1..]);
        (
            argmax(&scores),
            scores[best_event].saturating_sub(scores[0]),
        )
    }

    /// [`Model::scores`] of [`token_features`] of token `t` of the sentence `v`; `ids` holds
    /// the [`Vocabulary`] type of each token of the sentence.
    pub fn scores(
        &self,
        v: &SentenceView<'_>,
        vocab: &mut Vocabulary<'_, '_>,
        ids: &[u32],
        t: usize,
    ) -> [i32; LABELS] {
        let (start, end) = (v.tokens.start, v.tokens.end);
        let ty = |i: usize| ids[i - start];
        let mark = v.rules.get(t - start).copied().unwrap_or(0);
        let mut s = self.kept(vocab, ty(t), Role::Word(mark));
        add(
            &mut s,
            &if t > start {
                self.kept(vocab, ty(t - 1), Role::Prev1)
            } else {
                self.fixed.before_start[0]
            },
        );
        add(
            &mut s,
            &if t >= start + 2 {
                self.kept(vocab, ty(t - 2), Role::Prev2)
            } else {
                self.fixed.before_start[1]
            },
        );
        add(
            &mut s,
            &if t + 1 < end {
                self.kept(vocab, ty(t + 1), Role::Next1)
            } else {
                self.fixed.after_end[0]
            },
        );
        add(
            &mut s,
            &if t + 2 < end {
                self.kept(vocab, ty(t + 2), Role::Next2)
            } else {
                self.fixed.after_end[1]
            },
        );
        // The rest reads a few fields of the words around (`FeatureWord::of` would copy all).
        let vocab = &*vocab;
        let get = |i: usize| vocab.get(ty(i));
        let here = get(t);
        let hw = feature_hash(here);
        let (p1, hp1) = if t > start {
            let p = get(t - 1);
            (feature_text(p), feature_hash(p))
        } else {
            ("<s>", START_HASH)
        };
        let hp2 = if t >= start + 2 {
            feature_hash(get(t - 2))
        } else {
            START_HASH
        };
        let hn1 = if t + 1 < end {
            feature_hash(get(t + 1))
        } else {
            END_HASH
        };
        let m = self.model;
        m.add_row(&mut s, Hasher::new(6).val(hp1).val(hw).finish());
        m.add_row(&mut s, Hasher::new(7).val(hw).val(hn1).finish());
        m.add_row(&mut s, Hasher::new(14).val(hp2).val(hp1).finish());
        add(&mut s, &self.fixed.shapes[shape(v, t)]);
        let span = v.seg.tokens[t].span;
        if v.times.iter().any(|x| x.overlaps(span)) {
            add(&mut s, &self.fixed.in_time);
        }
        // The auxiliary chain before the word, as in `token_features`: the token before the
        // inserted words is `j - 1` (none when `j == start`); only words have table answers.
        let flags = |i: usize| {
            let ty = get(i);
            match ty.info.kind {
                TokenKind::Word => (ty.info.flags.insert, ty.info.flags.aux),
                _ => (false, None),
            }
        };
        let mut j = t;
        let mut insert = false;
        while j > start && flags(j - 1).0 {
            insert = true;
            j -= 1;
        }
        if let Some(a) = (j > start).then(|| flags(j - 1).1).flatten() {
            let a = aux_index(a);
            add(&mut s, &self.fixed.aux18[a]);
            if insert {
                add(&mut s, &self.fixed.aux19[a]);
            }
            if let Some(b) = (j > start + 1).then(|| flags(j - 2).1).flatten() {
                add(&mut s, &self.fixed.aux20[aux_index(b)][a]);
            }
        }
        if let Some((_, form)) = FeatureWord::of(here).verb {
            m.add_row(&mut s, FIXED.form28[form_index(form)].str(p1).finish());
        }
        s
    }

    /// The summed weights of `role` for word type `n`, kept with the word.
    fn kept(&self, vocab: &mut Vocabulary<'_, '_>, n: u32, role: Role) -> [i32; LABELS] {
        match role.slot() {
            Some(r) => vocab.role(n, r, |ty| self.role(&FeatureWord::of(ty), role)),
            None => self.role(&FeatureWord::of(vocab.get(n)), role),
        }
    }

    fn role(&self, w: &FeatureWord<'_>, role: Role) -> [i32; LABELS] {
        role_sum(self.model, w, role)
    }
}

/// The summed weights of the features that `w` gives the token it is `role` to.
fn role_sum(model: &Model, w: &FeatureWord<'_>, role: Role) -> [i32; LABELS] {
    let mut s = [0; LABELS];
    let mut add = |key: u32| model.add_row(&mut s, key);
    let class = |lemma: Lemma| class_index(class_of(&lemma.of(w.word)));
    match role {
        Role::Prev1 => {
            add(Hasher::new(2).val(w.hash).finish());
            add(Hasher::new(12).val(str_hash(suffix(w.word, 3))).finish());
            if w.flags.determiner {
                add(const { flag(21) });
            }
            if let Some((lemma, _)) = w.verb {
                add(FIXED.class30[class(lemma)]);
            }
        }
        Role::Prev2 => {
            add(Hasher::new(3).val(w.hash).finish());
            if w.flags.determiner {
                add(const { flag(22) });
            }
        }
        Role::Next1 => {
            add(Hasher::new(4).val(w.hash).finish());
            add(Hasher::new(13).val(str_hash(suffix(w.word, 3))).finish());
            if let Some((lemma, _)) = w.verb {
                add(FIXED.class29[class(lemma)]);
            }
        }
        Role::Next2 => add(Hasher::new(5).val(w.hash).finish()),
        Role::Word(mark) => {
            let word = w.word;
            add(Hasher::new(0).finish());
            add(Hasher::new(1).val(w.hash).finish());
            add(Hasher::new(8).str(suffix(word, 2)).finish());
            add(Hasher::new(9).val(str_hash(suffix(word, 3))).finish());
            add(Hasher::new(10).str(suffix(word, 4)).finish());
            add(Hasher::new(11).str(prefix(word, 3)).finish());
            if word.contains('-') {
                add(const { flag(16) });
            }
            if w.flags.not_verb {
                add(const { flag(23) });
            }
            if let Some(lemma) = w.flags.event_noun {
                add(Hasher::new(24).str(lemma).finish());
            }
            if let Some((lemma, form)) = w.verb {
                add(FIXED.form25[form_index(form)]);
                add(Hasher::new(26).str(&lemma.of(word)).finish());
                add(FIXED.class27[class(lemma)]);
            }
            add(rule_feature(mark));
            add(rule_suffix_feature(mark, word));
        }
    }
    s
}

/// Adds a row of summed weights to `s`.
fn add(s: &mut [i32; LABELS], row: &[i32; LABELS]) {
    for (s, w) in s.iter_mut().zip(row) {
        *s += w;
    }
}

/// One training example: the features of a token and its gold label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// Feature hashes.
    pub features: Vec<u32>,
    /// Gold label (0 = no event, else [`class_label`]).
    pub label: usize,
}

/// The examples of one document: every word token of every sentence of `text`, labelled with
/// the class of the gold event whose extent starts in it (`gold`: extent and TimeML class).
pub fn document_examples(text: &str, gold: &[(Span, &str)]) -> Vec<Example> {
    let seg = crate::segment::segment(text, Span::new(0, text.len()), None);
    let mentions = crate::temporal::recognize(&seg);
    let times: Vec<Span> = mentions.iter().map(|m| m.span).collect();
    let rule_events = super::extract_with(text, &seg, &mentions, &Model::empty());
    let mut out = Vec::new();
    let mut features = Vec::new();
    let mut rules = Vec::new();
    let mut cache = SentenceCache::default();
    for (si, s) in seg.sentences.iter().enumerate() {
        let first = rule_events.partition_point(|e| e.sentence < si);
        let last = rule_events.partition_point(|e| e.sentence <= si);
        rule_marks(
            &seg,
            s.tokens.clone(),
            &rule_events[first..last],
            &mut rules,
        );
        let view = SentenceView {
            text,
            seg: &seg,
            tokens: s.tokens.clone(),
            times: &times,
            rules: &rules,
        };
        cache.fill(&view);
        for t in s.tokens.clone() {
            if seg.tokens[t].kind != TokenKind::Word {
                continue;
            }
            let span = seg.tokens[t].span;
            let label = gold
                .iter()
                .find(|(g, _)| g.start >= span.start && g.start < span.end)
                .and_then(|(_, c)| class_from_timeml(c))
                .map_or(0, class_label);
            token_features(&view, &cache, t, &mut features);
            out.push(Example {
                features: features.clone(),
                label,
            });
        }
    }
    out
}

/// An averaged multi-class perceptron (Collins 2002), trained in a fixed order.
#[derive(Debug, Default)]
pub struct Trainer {
    weights: HashMap<u32, [f64; LABELS]>,
    totals: HashMap<u32, [f64; LABELS]>,
    stamps: HashMap<u32, [u64; LABELS]>,
    step: u64,
}

impl Trainer {
    /// A trainer with no weights.
    pub fn new() -> Trainer {
        Trainer::default()
    }

    fn predict(&self, features: &[u32]) -> usize {
        let mut scores = [0f64; LABELS];
        for f in features {
            if let Some(w) = self.weights.get(f) {
                for (s, x) in scores.iter_mut().zip(w) {
                    *s += x;
                }
            }
        }
        argmax(&scores)
    }

    fn update(&mut self, features: &[u32], label: usize, delta: f64) {
        for f in features {
            let w = self.weights.entry(*f).or_insert([0.0; LABELS]);
            let total = self.totals.entry(*f).or_insert([0.0; LABELS]);
            let stamp = self.stamps.entry(*f).or_insert([0; LABELS]);
            total[label] += (self.step - stamp[label]) as f64 * w[label];
            stamp[label] = self.step;
            w[label] += delta;
        }
    }

    /// One pass over the examples in the given order; returns the number of mistakes.
    pub fn epoch<'a>(&mut self, examples: impl IntoIterator<Item = &'a Example>) -> usize {
        let mut mistakes = 0;
        for ex in examples {
            self.step += 1;
            let guess = self.predict(&ex.features);
            if guess != ex.label {
                mistakes += 1;
                self.update(&ex.features, ex.label, 1.0);
                self.update(&ex.features, guess, -1.0);
            }
        }
        mistakes
    }

    /// `epochs` passes over `examples`, each in an order shuffled by xorshift64* from `seed`
    /// (the same on every machine, so a retrained model is the same bytes); `progress` hears
    /// each pass's number (from 1) and mistakes. Finish with [`Trainer::finish`].
    pub fn train_shuffled(
        &mut self,
        examples: &[&Example],
        epochs: usize,
        seed: u64,
        mut progress: impl FnMut(usize, usize),
    ) {
        let mut state = seed;
        let mut next = || {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_F491_4F6C_DD1D)
        };
        let mut order: Vec<usize> = (0..examples.len()).collect();
        for epoch in 0..epochs {
            for i in (1..order.len()).rev() {
                let j = (next() % (i as u64 + 1)) as usize;
                order.swap(i, j);
            }
            let mistakes = self.epoch(order.iter().map(|&i| examples[i]));
            progress(epoch + 1, mistakes);
        }
    }

    /// The averaged weights, quantised to `i16` with one scale for the whole model; features
    /// whose quantised weights are all within `prune` of zero are left out.
    pub fn finish(&self, prune: i16) -> Model {
        let step = self.step.max(1) as f64;
        let mut averaged: Vec<(u32, [f64; LABELS])> = self
            .weights
            .iter()
            .map(|(f, w)| {
                let total = &self.totals[f];
                let stamp = &self.stamps[f];
                let mut avg = [0.0; LABELS];
                for l in 0..LABELS {
                    avg[l] = (total[l] + (self.step - stamp[l]) as f64 * w[l]) / step;
                }
                (*f, avg)
            })
            .collect();
        averaged.sort_unstable_by_key(|a| a.0);
        let max = averaged
            .iter()
            .flat_map(|(_, w)| w.iter())
            .fold(0.0f64, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 { 32000.0 / max } else { 1.0 };
        Model::from_weights(averaged.into_iter().filter_map(|(f, w)| {
            let mut q = [0i16; LABELS];
            for (q, w) in q.iter_mut().zip(w) {
                *q = (w * scale).round() as i16;
            }
            q.iter().any(|x| x.abs() > prune).then_some((f, q))
        }))
    }
}

/// How the event recogniser's model is trained: `train-events`' settings, and those the
/// relation cross-validation (`train-tlinks cv`) uses to train one per fold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Training {
    /// Passes over the training tokens.
    pub epochs: usize,
    /// Subtracted from the "no event" weight of every token: > 0 favours recall.
    pub bias: i16,
    /// Further subtracted for the tokens the rules found.
    pub rule_bias: i16,
    /// Features whose quantised weights all lie within this distance of zero are dropped
    /// (keeps the file and the in-memory table small; the table's size decides the speed).
    pub prune: i16,
}

impl Default for Training {
    /// The settings of the shipped model.
    fn default() -> Training {
        Training {
            epochs: 10,
            bias: 5000,
            rule_bias: 10000,
            prune: 4,
        }
    }
}

/// Trains the event recogniser on `examples` ([`document_examples`]
/// of the training documents), in a fixed-seed shuffled order: the same examples always give
/// the same model. `progress` hears each pass's number and mistakes.
pub fn train(
    examples: &[&Example],
    settings: Training,
    progress: impl FnMut(usize, usize),
) -> Model {
    let mut trainer = Trainer::new();
    trainer.train_shuffled(examples, settings.epochs, 0x0005_EED0_F7E3_F0AA, progress);
    let mut model = trainer.finish(settings.prune);
    model.adjust(bias_key(), 0, -settings.bias);
    for kind in [1, 2] {
        model.adjust(rule_key(kind), 0, -settings.rule_bias);
    }
    model
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_model_reads_and_round_trips() {
        let m = Model::from_bytes(BUILTIN).expect("the shipped model reads");
        assert!(!m.is_empty());
        assert_eq!(m.to_bytes(), BUILTIN);
    }

    #[test]
    fn the_constant_and_the_fast_string_hash_agree() {
        let words = [
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "abcdef",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "international",
            "wahlbeteiligung",
            "été",
            "Cap-initial",
        ];
        for w in words {
            assert_eq!(
                Hasher::new(9).str(w).0,
                Hasher::new(9).str_const(w).0,
                "{w}"
            );
        }
    }

    /// Every token of `text`, scored by [`Scorer`] and by [`Model::scores`] of
    /// [`token_features`], with the rules' marks as the extractor makes them and, when
    /// `odd_marks`, with marks 0 to 3 in turn (3 is never cached).
    fn scorer_agrees_on(text: &str, odd_marks: bool, memo: &WordMemo) -> usize {
        let model = Model::builtin();
        let seg = crate::segment::segment(text, Span::new(0, text.len()), None);
        let mentions = crate::temporal::recognize(&seg);
        let times: Vec<Span> = mentions.iter().map(|m| m.span).collect();
        let rule_events = super::super::extract_with(text, &seg, &mentions, &Model::empty());
        let mut vocab = Vocabulary::new(memo, seg.tokens.len());
        let scorer = Scorer::new(model);
        let mut cache = SentenceCache::default();
        let (mut rules, mut features, mut checked) = (Vec::new(), Vec::new(), 0);
        for (si, s) in seg.sentences.iter().enumerate() {
            let first = rule_events.partition_point(|e| e.sentence < si);
            let last = rule_events.partition_point(|e| e.sentence <= si);
            rule_marks(
                &seg,
                s.tokens.clone(),
                &rule_events[first..last],
                &mut rules,
            );
            if odd_marks {
                for (i, r) in rules.iter_mut().enumerate() {
                    *r = (i % 4) as u8;
                }
            }
            let view = SentenceView {
                text,
                seg: &seg,
                tokens: s.tokens.clone(),
                times: &times,
                rules: &rules,
            };
            cache.fill(&view);
            let ids: Vec<u32> = s
                .tokens
                .clone()
                .map(|i| vocab.intern(seg.lower_of(seg.tokens[i].span), seg.tokens[i].kind))
                .collect();
            for t in s.tokens.clone() {
                token_features(&view, &cache, t, &mut features);
                let expected = model.scores(&features);
                assert_eq!(
                    scorer.scores(&view, &mut vocab, &ids, t),
                    expected,
                    "token {t} {:?}",
                    seg.lower_of(seg.tokens[t].span)
                );
                let (label, margin) = scorer.label_and_margin(&view, &mut vocab, &ids, t);
                assert_eq!(label, model.predict(&features));
                let best_event = expected[1..].iter().max().copied().unwrap_or(i32::MIN);
                assert_eq!(margin, best_event.saturating_sub(expected[0]));
                assert_eq!(label != 0, margin > 0);
                checked += 1;
            }
        }
        vocab.publish();
        checked
    }

    #[test]
    fn the_scorer_gives_the_scores_of_the_features() {
        let seed = include_str!("../../seeds/bolivia-2019-11-10.txt");
        let odd = "NATO said. The U.S.-led talks, which had not been going well, were \
                   cancelled on 3 May 2019 by the 12 members; \"they'd have been re-run\" \
                   - said the spokesman - \"had previously been refused\". To be, or not. \
                   Reports indicate 47% fell. It's over! Élections à Paris 1,200 ÉTÉ.";
        // Twice: the second round reads the words' rows from the memo.
        let memo = WordMemo::default();
        for _ in 0..2 {
            for text in [seed, odd, "said", "A", "", "the the the, the."] {
                let n = scorer_agrees_on(text, false, &memo);
                assert_eq!(n, scorer_agrees_on(text, true, &memo));
            }
        }
        assert!(!memo.is_empty());
        assert!(scorer_agrees_on(seed, false, &memo) > 400);
    }

    #[test]
    fn bad_bytes_are_errors_not_panics() {
        assert_eq!(
            Model::from_bytes(b"nope").unwrap_err(),
            ModelError::BadHeader
        );
        let mut b = Model::from_weights([(7, [1, 0, 0, 0, 0, 0, 0, -3])]).to_bytes();
        b.pop();
        assert!(matches!(
            Model::from_bytes(&b),
            Err(ModelError::Truncated { expected: 1, .. })
        ));
    }

    #[test]
    fn a_tiny_trained_model_separates_two_words() {
        let ex = |w: u32, label| Example {
            features: vec![w, 99],
            label,
        };
        let data = [ex(1, 1), ex(2, 0), ex(3, 2)];
        let mut t = Trainer::new();
        for _ in 0..5 {
            t.epoch(&data);
        }
        let m = t.finish(0);
        assert_eq!(m.predict(&[1, 99]), 1);
        assert_eq!(m.predict(&[2, 99]), 0);
        assert_eq!(m.predict(&[3, 99]), 2);
        let m2 = Model::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(m2.scores(&[1, 99]), m.scores(&[1, 99]));
    }
}
