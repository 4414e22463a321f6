//! Segmentation: paragraphs, sentences, clauses and tokens, each with its byte span.
//!
//! The body of an [`Article`](crate::document::Article) is cut into paragraphs at blank lines;
//! paragraphs that are web boilerplate ("Like this:", "Share this:") or that repeat the headline
//! are skipped and reported. Sentences end at `.`, `!` or `?` followed by a capital, a digit or
//! a quote, except after known abbreviations ("Nov.", "Mr.", "U.S."). Clauses split sentences at
//! semicolons, dashes and subordinating words ("when", "which", "after the ...", "that"), and
//! remember the word that opened them, which later stages read ("when" links a clause to a
//! time, "who" marks an aside).
//!
//! Tokens are words, numbers and punctuation. All offsets index the article's source text;
//! [`Segmentation::lower`] is an ASCII-lower-cased copy with identical offsets, so matching is
//! case-insensitive without any re-mapping.

pub(crate) mod clause;
pub(crate) mod sentence;
mod token;

use serde::Serialize;

use crate::Span;

pub use clause::{Clause, ClauseKind};
pub use sentence::Sentence;
pub use token::{Token, TokenKind};

/// A paragraph of the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    /// Where it is in the source text.
    pub span: Span,
    /// Index range of its sentences in [`Segmentation::sentences`].
    pub sentences: std::ops::Range<usize>,
}

/// Why a paragraph was left out of the analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipReason {
    /// Web boilerplate such as "Like this:".
    Boilerplate,
    /// The headline repeated at the top of the body.
    RepeatedHeadline,
}

/// The segmented body of one article.
#[derive(Debug, Clone, Default)]
pub struct Segmentation {
    /// The source text, ASCII-lower-cased (same byte offsets as the original).
    pub lower: String,
    /// Paragraphs kept for analysis, in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences, in text order.
    pub sentences: Vec<Sentence>,
    /// Clauses, in text order.
    pub clauses: Vec<Clause>,
    /// Tokens, in text order.
    pub tokens: Vec<Token>,
    /// Paragraphs left out, and why.
    pub skipped: Vec<(Span, SkipReason)>,
    /// Byte offsets of the ASCII upper-case letters that start a token.
    pub(crate) upper_at: Vec<usize>,
}

/// Opening words of paragraphs that are page furniture, not reporting (lower case).
const BOILERPLATE: &[&str] = &[
    "like this:",
    "share this:",
    "related",
    "related:",
    "related articles",
    "advertisement",
    "read more",
    "click here",
    "sign up",
    "subscribe",
    "follow us",
    "share on",
    "comments",
    "loading...",
];

impl Segmentation {
    /// True when the source text has an upper-case letter at byte `offset` (where the
    /// lower-cased copy differs from the original).
    pub fn text_starts_upper(&self, offset: usize) -> bool {
        self.upper_at.binary_search(&offset).is_ok()
    }

    /// The lower-cased text of a span.
    pub fn lower_of(&self, span: Span) -> &str {
        &self.lower[span.start..span.end]
    }

    /// The sentence that contains byte `offset`.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }

    /// The clause that contains byte `offset`.
    pub fn clause_at(&self, offset: usize) -> Option<usize> {
        let i = self.clauses.partition_point(|c| c.span.end <= offset);
        (i < self.clauses.len() && self.clauses[i].span.start <= offset).then_some(i)
    }

    /// Index of the first token that starts at or after `offset`.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    /// The words right before token `t` in sentence `sentence`, nearest first: at most `n`,
    /// none before the sentence's second token (so that each has a token before it in the
    /// sentence), up to the first punctuation mark. "according to [regulatory] filings",
    /// ", the largest bank failure": what a noun's phrase opens with.
    pub fn words_before(
        &self,
        sentence: usize,
        t: usize,
        n: usize,
    ) -> impl Iterator<Item = usize> + '_ {
        let floor = self.sentences[sentence].tokens.start;
        (t.saturating_sub(n).max(floor + 1)..t)
            .rev()
            .take_while(|&k| self.tokens[k].kind != TokenKind::Punct)
    }
}

/// Segments `region` of `text` (usually an article's body); `headline` paragraphs are skipped.
///
/// ```
/// use tempora::{segment::segment, Span};
/// let text = "Police clashed on Friday. Later, they left.\n\nLike this:";
/// let seg = segment(text, Span::new(0, text.len()), Some("Headline"));
/// assert_eq!(seg.sentences.len(), 2);
/// assert_eq!(seg.skipped.len(), 1);
/// ```
pub fn segment(text: &str, region: Span, headline: Option<&str>) -> Segmentation {
    let lower = text.to_ascii_lowercase();
    let mut seg = Segmentation {
        lower,
        ..Segmentation::default()
    };
    // About one token per five bytes of news text (4.9 in the TempEval-3 training sets), a
    // sentence per 135 and a clause per 70: reserving once saves the regrowth of large
    // vectors (issues 3 and 6, docs/performance.md).
    seg.tokens.reserve(region.len() / 4 + 16);
    seg.sentences.reserve(region.len() / 100 + 4);
    seg.clauses.reserve(region.len() / 50 + 4);
    seg.upper_at.reserve(region.len() / 20 + 4);
    let mut clause_starts = Vec::new();
    let headline = headline.map(|h| h.trim().to_ascii_lowercase());
    for para in paragraphs(text, region) {
        let content = seg.lower_of(para).trim();
        if BOILERPLATE
            .iter()
            .any(|b| content == *b || (b.ends_with(':') && content.starts_with(b)))
        {
            seg.skipped.push((para, SkipReason::Boilerplate));
            continue;
        }
        if headline.as_deref() == Some(content) {
            seg.skipped.push((para, SkipReason::RepeatedHeadline));
            continue;
        }
        let first_sentence = seg.sentences.len();
        for sentence_span in sentence::split(text, para) {
            let tokens_start = seg.tokens.len();
            token::tokenize(text, sentence_span, &mut seg.tokens);
            let tokens = tokens_start..seg.tokens.len();
            for t in &seg.tokens[tokens.clone()] {
                if text.as_bytes()[t.span.start].is_ascii_uppercase() {
                    seg.upper_at.push(t.span.start);
                }
            }
            let clauses_start = seg.clauses.len();
            let index = seg.sentences.len();
            clause::split(
                &seg.lower,
                &seg.tokens,
                tokens.clone(),
                sentence_span,
                index,
                &mut seg.clauses,
                &mut clause_starts,
            );
            seg.sentences.push(Sentence {
                span: sentence_span,
                paragraph: seg.paragraphs.len(),
                tokens,
                clauses: clauses_start..seg.clauses.len(),
            });
        }
        seg.paragraphs.push(Paragraph {
            span: para,
            sentences: first_sentence..seg.sentences.len(),
        });
    }
    seg
}

/// Paragraph spans (trimmed) separated by blank lines.
fn paragraphs(text: &str, region: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = region.start;
    let mut offset = region.start;
    for line in text[region.start..region.end].split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(Span::new(s, end));
            }
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        if start.is_none() {
            start = Some(line_start + lead);
        }
        end = line_start + line.trim_end().len();
    }
    if let Some(s) = start {
        out.push(Span::new(s, end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_before_stop_at_punctuation_and_the_sentence() {
        let text = "Shares fell. It withdrew money, the largest bank failure since 2008.";
        let seg = segment(text, Span::new(0, text.len()), None);
        let failure = seg.token_at(text.find("failure").unwrap());
        let words: Vec<_> = seg
            .words_before(1, failure, 4)
            .map(|t| seg.lower_of(seg.tokens[t].span))
            .collect();
        assert_eq!(words, ["bank", "largest", "the"]);
        // Never the sentence's first token, nor into the sentence before.
        let withdrew = seg.token_at(text.find("withdrew").unwrap());
        assert_eq!(seg.words_before(1, withdrew, 4).count(), 0);
    }

    #[test]
    fn paragraphs_are_trimmed_spans() {
        let text = "  One.\nStill one.\n\n\nTwo.  \n";
        let p = paragraphs(text, Span::new(0, text.len()));
        let got: Vec<_> = p.iter().map(|s| s.slice(text).unwrap()).collect();
        assert_eq!(got, ["One.\nStill one.", "Two."]);
    }

    #[test]
    fn skips_boilerplate_and_repeated_headline() {
        let text = "Big news\n\nIt happened.\n\nLike this:";
        let seg = segment(text, Span::new(0, text.len()), Some("Big News"));
        assert_eq!(seg.sentences.len(), 1);
        assert_eq!(seg.skipped[0].1, SkipReason::RepeatedHeadline);
        assert_eq!(seg.skipped[1].1, SkipReason::Boilerplate);
    }
}
