//! Sentence boundaries.

use serde::Serialize;

use crate::Span;

/// A sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Where it is, trimmed.
    pub span: Span,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// Index range of its tokens.
    pub tokens: std::ops::Range<usize>,
    /// Index range of its clauses.
    pub clauses: std::ops::Range<usize>,
}

/// Words after which a full stop does not end a sentence (lower case, without the stop).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st",
    "jr", "sr", "rev", "hon", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "vs", "v", "etc", "inc", "corp", "co", "ltd", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
    "approx", "est", "dept", "univ", "ft", "mt", "fig",
];

/// The Associated Press's abbreviations of US states, lower case without the stop, that
/// datelines write before "(AP)": "SANTA CLARA, Calif. (AP) —".
const STATE_ABBREVIATIONS: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m",
    "n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "vt", "va", "wash",
    "wis", "w.va", "wyo",
];

/// Whether `word` (lower case, without its stop) is an abbreviation a full stop follows
/// without ending a sentence: "oct", "mr", "inc".
pub(crate) fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word)
}

/// Whether `line` ends with a full stop that ends a sentence: not the stop of an abbreviation
/// ("Storm hits U.S.", "Acme buys Smith Inc.") or of an initial.
pub(crate) fn ends_with_full_stop(line: &str) -> bool {
    let line = line.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']);
    let Some(before) = line.strip_suffix('.') else {
        return false;
    };
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let mut chars = word.chars();
    !(ABBREVIATIONS.contains(&word.as_str())
        || word.contains('.')
        || matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic()))
}

/// Splits the paragraph `para` of `text` into trimmed sentence spans.
pub(crate) fn split(text: &str, para: Span) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = para.start;
    let mut i = para.start;
    while i < para.end {
        // The next full stop, exclamation or question mark (memchr: the bytes between them
        // were read one by one: half of this function's instructions).
        let Some(k) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..para.end]) else {
            break;
        };
        i += k;
        // Swallow closing quotes and brackets after the stop.
        let mut end = i + 1;
        while end < para.end {
            let rest = &text[end..para.end];
            let c = rest.chars().next().unwrap_or(' ');
            if matches!(c, '"' | '\'' | ')' | ']' | '”' | '’') {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        if is_boundary(text, para, start, i, end) {
            push_trimmed(text, Span::new(start, end), &mut out);
            start = end;
            i = end;
            continue;
        }
        i = end;
    }
    if start < para.end {
        push_trimmed(text, Span::new(start, para.end), &mut out);
    }
    out
}

fn is_boundary(text: &str, para: Span, sentence_start: usize, stop: usize, after: usize) -> bool {
    let rest = &text[after..para.end];
    let next = rest.trim_start();
    if next.is_empty() {
        return true;
    }
    if next.len() == rest.len() {
        // No space after the stop: "U.S.", "3.5", "e.g.".
        return false;
    }
    let first = next.chars().next().unwrap_or(' ');
    if !(first.is_uppercase() || first.is_ascii_digit() || matches!(first, '"' | '“' | '\'' | '('))
    {
        return false;
    }
    if text.as_bytes()[stop] != b'.' {
        return true;
    }
    // The word before the full stop.
    let before = &text[sentence_start..stop];
    let word: String = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if matches!(word.as_str(), "a.m" | "p.m") {
        // "shortly after 2 p.m. Reilly, 61, showed": a clock time ends the sentence before a
        // capitalised word that does not go on with the time ("2 p.m. Friday", "4:09 a.m.
        // EST", "3 p.m. Eastern time", "9 a.m. (1300 GMT)").
        let next_word: String = next
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        return first.is_uppercase() && !goes_on_with_the_time(&next_word);
    }
    if ABBREVIATIONS.contains(&word.as_str()) {
        return false;
    }
    // A dateline's state: "SANTA CLARA, Calif. (AP) — Regulators seized".
    let capital = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    if capital && first == '(' && STATE_ABBREVIATIONS.contains(&word.as_str()) {
        return false;
    }
    // "No. 5" but not "said no. Then".
    if word == "no" && first.is_ascii_digit() {
        return false;
    }
    // Initials: "J. Smith".
    let mut chars = word.chars();
    !(matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic()))
}

/// Capitalised words besides days and months that go on with a clock time after "a.m." or
/// "p.m." (lower case): time zones and their names.
const AFTER_CLOCK_TIME: &[&str] = &[
    "est",
    "edt",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "pst",
    "pdt",
    "akst",
    "hst",
    "gmt",
    "utc",
    "bst",
    "cet",
    "cest",
    "ist",
    "jst",
    "et",
    "ct",
    "mt",
    "pt",
    "eastern",
    "central",
    "mountain",
    "pacific",
    "local",
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "new",
];

/// Whether `word` (lower case) after "a.m." or "p.m." goes on with the time: a day ("2 p.m.
/// Friday"), a month, or a word of [`AFTER_CLOCK_TIME`].
fn goes_on_with_the_time(word: &str) -> bool {
    AFTER_CLOCK_TIME.contains(&word)
        || crate::temporal::lexicon::weekday_from_word(word).is_some()
        || crate::temporal::lexicon::month_from_word(word).is_some()
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        out.push(Span::new(
            span.start + lead,
            span.start + lead + trimmed.len(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, Span::new(0, text.len()))
            .iter()
            .map(|s| s.slice(text).unwrap())
            .collect()
    }

    #[test]
    fn abbreviations_and_quotes() {
        assert_eq!(
            sentences("He said \"no.\" Then Mr. Smith left on Nov. 10. The U.S. agreed."),
            [
                "He said \"no.\"",
                "Then Mr. Smith left on Nov. 10.",
                "The U.S. agreed."
            ]
        );
        assert_eq!(
            sentences("It rose 3.5 percent. Why? Because."),
            ["It rose 3.5 percent.", "Why?", "Because."]
        );
    }

    #[test]
    fn a_clock_time_ends_a_sentence_before_a_new_one() {
        assert_eq!(
            sentences("The verdict came shortly after 2 p.m. Reilly, 61, showed no emotion."),
            [
                "The verdict came shortly after 2 p.m.",
                "Reilly, 61, showed no emotion."
            ]
        );
        // Days, zones and brackets go on with the time.
        for text in [
            "It struck at 4:09 a.m. Sunday near the coast.",
            "It struck at 4:09 a.m. EST near the coast.",
            "It struck at 4:09 a.m. (1109 GMT) near the coast.",
            "It struck at 4:09 a.m. local time near the coast.",
            "Polls close at 8 p.m. Eastern time.",
        ] {
            assert_eq!(sentences(text), [text]);
        }
    }

    #[test]
    fn a_dateline_state_does_not_end_the_sentence() {
        assert_eq!(
            sentences(
                "SANTA CLARA, Calif. (AP) — Regulators seized the bank. It fell ill. (He left.)"
            ),
            [
                "SANTA CLARA, Calif. (AP) — Regulators seized the bank.",
                "It fell ill.",
                "(He left.)"
            ]
        );
    }
}
