//! A temporal-order prior for lemma pairs, in the manner of TemProb (Ning et al. 2018): how
//! often, in text the classifier is not trained on, a happening named by one lemma comes
//! before, after or together with one named by another ("arrest" before "charge"), and how
//! the happenings of a lemma stand against the publish date.
//!
//! The table is counted by `train-tlinks prior` over a folder of TimeML documents (the
//! TempEval-3 silver sample: machine-made TLINKs, disjoint from TimeBank and AQUAINT) from two
//! sources kept apart: the documents' own TLINKs between events and to the publish date
//! (*silver*), and the relations tempora's stronger sieves state between their events from
//! what the text marks ("after", "before", a past perfect under a simple past: *text*). It is
//! shipped as `src/relation/tlinks-prior.tsv` and read by the pair classifier's features when
//! `TLINK_PRIOR` asks for it (experiment, `docs/accuracy.md`, *Relations*).

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

/// Which way the first happening lies from the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// The first ends before the second starts.
    Before,
    /// The first starts after the second ends.
    After,
    /// The two share some time (inclusion, simultaneity, identity).
    Overlap,
}

impl Order {
    fn index(self) -> usize {
        match self {
            Order::Before => 0,
            Order::After => 1,
            Order::Overlap => 2,
        }
    }

    fn inverse(self) -> Order {
        match self {
            Order::Before => Order::After,
            Order::After => Order::Before,
            Order::Overlap => Order::Overlap,
        }
    }

    /// The order a TimeML relation type states, read from its source to its target.
    pub fn of_timeml(rel_type: &str) -> Option<Order> {
        Some(match rel_type {
            "BEFORE" | "IBEFORE" => Order::Before,
            "AFTER" | "IAFTER" => Order::After,
            "INCLUDES" | "IS_INCLUDED" | "SIMULTANEOUS" | "IDENTITY" | "DURING" | "DURING_INV"
            | "BEGINS" | "BEGUN_BY" | "ENDS" | "ENDED_BY" => Order::Overlap,
            _ => return None,
        })
    }
}

/// Where a count comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The documents' TLINKs.
    Silver,
    /// tempora's stronger sieves on the documents' text.
    Text,
}

/// Which counts the classifier's features read (`TLINK_PRIOR`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// The TLINK counts.
    Silver,
    /// The sieve counts.
    Text,
    /// Their sum.
    Both,
}

/// Counts of before, after and overlap.
pub type Counts = [u32; 3];

/// The table: lemma pairs and lemmas against the publish date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prior {
    /// Per pair of lemmas, the first not after the second in byte order: counts read from the
    /// first to the second, per source (silver, text).
    pairs: BTreeMap<(String, String), [Counts; 2]>,
    /// Per lemma, its happenings against the publish date (silver).
    dct: BTreeMap<String, Counts>,
}

impl Prior {
    /// Counts one relation `a order b` between happenings of lemmas `a` and `b`.
    pub fn add_pair(&mut self, source: Source, a: &str, b: &str, order: Order) {
        let (key, order) = if a <= b {
            ((a.to_string(), b.to_string()), order)
        } else {
            ((b.to_string(), a.to_string()), order.inverse())
        };
        let s = match source {
            Source::Silver => 0,
            Source::Text => 1,
        };
        self.pairs.entry(key).or_default()[s][order.index()] += 1;
    }

    /// Counts one happening of `lemma` that lies `order` the publish date.
    pub fn add_dct(&mut self, lemma: &str, order: Order) {
        self.dct.entry(lemma.to_string()).or_default()[order.index()] += 1;
    }

    /// The counts of `a` against `b`, read from `a` to `b` (zeros when never seen).
    pub fn pair(&self, a: &str, b: &str, using: Use) -> Counts {
        let (key, flip) = if a <= b {
            ((a, b), false)
        } else {
            ((b, a), true)
        };
        let Some(c) = self.pairs.get(&(key.0.to_string(), key.1.to_string())) else {
            return [0; 3];
        };
        let mut out = match using {
            Use::Silver => c[0],
            Use::Text => c[1],
            Use::Both => [c[0][0] + c[1][0], c[0][1] + c[1][1], c[0][2] + c[1][2]],
        };
        if flip {
            out.swap(0, 1);
        }
        out
    }

    /// The counts of `lemma` against the publish date.
    pub fn dct(&self, lemma: &str) -> Counts {
        self.dct.get(lemma).copied().unwrap_or_default()
    }

    /// The pairs of lemmas counted, each once, the first not after the second.
    pub fn pair_keys(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs.keys().map(|(a, b)| (a.as_str(), b.as_str()))
    }

    /// The lemmas counted against the publish date.
    pub fn dct_keys(&self) -> impl Iterator<Item = &str> {
        self.dct.keys().map(String::as_str)
    }

    /// How many pairs of lemmas and how many lemmas against the publish date.
    pub fn len(&self) -> (usize, usize) {
        (self.pairs.len(), self.dct.len())
    }

    /// Whether nothing was counted.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty() && self.dct.is_empty()
    }

    /// The table as text, one tab-separated line per entry in sorted order (the same counts
    /// always give the same bytes): `p LEMMA1 LEMMA2 B A O B A O` (silver, then text) and
    /// `d LEMMA B A O`.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for ((a, b), [s, t]) in &self.pairs {
            out.push_str(&format!(
                "p\t{a}\t{b}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                s[0], s[1], s[2], t[0], t[1], t[2]
            ));
        }
        for (l, c) in &self.dct {
            out.push_str(&format!("d\t{l}\t{}\t{}\t{}\n", c[0], c[1], c[2]));
        }
        out
    }

    /// Reads [`Prior::to_text`]'s format.
    pub fn from_text(text: &str) -> Result<Prior, String> {
        let mut prior = Prior::default();
        for (n, line) in text.lines().enumerate() {
            let f: Vec<&str> = line.split('\t').collect();
            let num = |s: &str| {
                s.parse::<u32>()
                    .map_err(|_| format!("line {}: not a count: {s:?}", n + 1))
            };
            match f.as_slice() {
                ["p", a, b, rest @ ..] if rest.len() == 6 && a <= b => {
                    let mut c = [[0; 3]; 2];
                    for (k, v) in rest.iter().enumerate() {
                        c[k / 3][k % 3] = num(v)?;
                    }
                    prior.pairs.insert((a.to_string(), b.to_string()), c);
                }
                ["d", l, x, y, z] => {
                    prior.dct.insert(l.to_string(), [num(x)?, num(y)?, num(z)?]);
                }
                _ => return Err(format!("line {}: not a prior entry: {line:?}", n + 1)),
            }
        }
        Ok(prior)
    }

    /// Per lemma, its counts against every other lemma it was counted with (read from it),
    /// summed: the backoff when the pair itself was never seen.
    pub fn lemma_totals(&self, using: Use) -> HashMap<String, Counts> {
        let mut out: HashMap<String, Counts> = HashMap::new();
        for (a, b) in self.pairs.keys() {
            let c = self.pair(a, b, using);
            let ta = out.entry(a.clone()).or_default();
            for k in 0..3 {
                ta[k] += c[k];
            }
            let tb = out.entry(b.clone()).or_default();
            tb[0] += c[1];
            tb[1] += c[0];
            tb[2] += c[2];
        }
        out
    }
}

/// The shipped table (`train-tlinks prior --out src/relation/tlinks-prior.tsv`).
static BUILTIN: &str = include_str!("tlinks-prior.tsv");

/// The shipped table, read once (empty if it fails to read; a test checks that it reads).
pub fn builtin() -> &'static Prior {
    static PRIOR: OnceLock<Prior> = OnceLock::new();
    PRIOR.get_or_init(|| Prior::from_text(BUILTIN).unwrap_or_default())
}

/// A table as the features read it: which counts, and the per-lemma backoff.
#[derive(Debug, Clone)]
pub struct Lookup {
    /// The table.
    pub prior: Prior,
    /// Which counts.
    pub using: Use,
    /// [`Prior::lemma_totals`] under `using`.
    pub totals: HashMap<String, Counts>,
    /// Which features read it.
    pub parts: Parts,
}

impl Lookup {
    /// `prior` read as `using` says.
    pub fn new(prior: Prior, using: Use, parts: Parts) -> Lookup {
        let totals = prior.lemma_totals(using);
        Lookup {
            prior,
            using,
            totals,
            parts,
        }
    }

    /// The counts of `a` against `b` (read from `a`).
    pub fn pair(&self, a: &str, b: &str) -> Counts {
        self.prior.pair(a, b, self.using)
    }

    /// The counts of `lemma` against every lemma it was counted with.
    pub fn lemma(&self, lemma: &str) -> Counts {
        self.totals.get(lemma).copied().unwrap_or_default()
    }
}

/// The shipped table as [`setting`] asks the features to read it (None: no prior features).
pub fn builtin_lookup() -> Option<&'static Lookup> {
    static LOOKUP: OnceLock<Option<Lookup>> = OnceLock::new();
    LOOKUP
        .get_or_init(|| {
            setting().map(|(using, parts)| Lookup::new(builtin().clone(), using, parts))
        })
        .as_ref()
}

/// Which of the prior's features the classifier reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    /// The pair's own counts (order, overlap, order with both tenses).
    pub pair: bool,
    /// Each lemma's counts against every other (the backoff).
    pub lemma: bool,
    /// The event's lemma against the publish date.
    pub dct: bool,
}

impl Parts {
    /// Every feature.
    pub const ALL: Parts = Parts {
        pair: true,
        lemma: true,
        dct: true,
    };
}

/// What the features read, from `TLINK_PRIOR`: `silver`, `text` or `both`, optionally
/// followed by `:` and the parts to read (`pair`, `lemma`, `dct`, comma-separated; all by
/// default); anything else or unset: no prior features. Read once.
pub fn setting() -> Option<(Use, Parts)> {
    static SETTING: OnceLock<Option<(Use, Parts)>> = OnceLock::new();
    *SETTING.get_or_init(|| parse_setting(std::env::var("TLINK_PRIOR").ok()?.as_str()))
}

/// [`setting`]'s reading of a value.
pub fn parse_setting(value: &str) -> Option<(Use, Parts)> {
    let (using, parts) = value.split_once(':').unwrap_or((value, ""));
    let using = match using {
        "silver" => Use::Silver,
        "text" => Use::Text,
        "both" => Use::Both,
        _ => return None,
    };
    if parts.is_empty() {
        return Some((using, Parts::ALL));
    }
    let has = |p: &str| parts.split(',').any(|x| x == p);
    Some((
        using,
        Parts {
            pair: has("pair"),
            lemma: has("lemma"),
            dct: has("dct"),
        },
    ))
}

/// A bucket of how many relations were counted.
pub fn count_bucket(n: u32) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2..=4 => "2-4",
        5..=15 => "5-15",
        _ => "16+",
    }
}

/// A bucket of log(before / after), smoothed by a half on each side: which way the first
/// usually lies from the second ("none" when neither was counted).
pub fn order_bucket(c: Counts) -> &'static str {
    if c[0] + c[1] == 0 {
        return "none";
    }
    let r = ((f64::from(c[0]) + 0.5) / (f64::from(c[1]) + 0.5)).ln();
    if r >= 1.5 {
        "before++"
    } else if r >= 0.5 {
        "before+"
    } else if r > -0.5 {
        "even"
    } else if r > -1.5 {
        "after+"
    } else {
        "after++"
    }
}

/// A bucket of the share of overlaps among all counts ("none" when nothing was counted).
pub fn overlap_bucket(c: Counts) -> &'static str {
    let n = c[0] + c[1] + c[2];
    if n == 0 {
        return "none";
    }
    let share = f64::from(c[2]) / f64::from(n);
    if share < 0.2 {
        "low"
    } else if share <= 0.5 {
        "mid"
    } else {
        "high"
    }
}

/// The usual relation of a lemma's happenings to the publish date: the most counted one and
/// whether it holds at least two thirds ("none" when never counted).
pub fn dct_bucket(c: Counts) -> String {
    let n = c[0] + c[1] + c[2];
    if n == 0 {
        return "none".to_string();
    }
    let (k, &top) = c
        .iter()
        .enumerate()
        .max_by_key(|&(k, v)| (*v, std::cmp::Reverse(k)))
        .expect("three counts");
    let name = ["before", "after", "overlap"][k];
    let strong = if 3 * top >= 2 * n { "strong" } else { "weak" };
    format!("{name}-{strong}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_read_either_way_round() {
        let mut p = Prior::default();
        p.add_pair(Source::Silver, "arrest", "charge", Order::Before);
        p.add_pair(Source::Silver, "charge", "arrest", Order::After);
        p.add_pair(Source::Silver, "charge", "arrest", Order::Overlap);
        p.add_pair(Source::Text, "charge", "arrest", Order::Before);
        assert_eq!(p.pair("arrest", "charge", Use::Silver), [2, 0, 1]);
        assert_eq!(p.pair("charge", "arrest", Use::Silver), [0, 2, 1]);
        assert_eq!(p.pair("arrest", "charge", Use::Text), [0, 1, 0]);
        assert_eq!(p.pair("arrest", "charge", Use::Both), [2, 1, 1]);
        assert_eq!(p.pair("arrest", "die", Use::Both), [0, 0, 0]);
        let totals = p.lemma_totals(Use::Silver);
        assert_eq!(totals["arrest"], [2, 0, 1]);
        assert_eq!(totals["charge"], [0, 2, 1]);
    }

    #[test]
    fn the_table_reads_back_what_it_wrote() {
        let mut p = Prior::default();
        p.add_pair(Source::Silver, "attack", "die", Order::Before);
        p.add_pair(Source::Text, "die", "attack", Order::After);
        p.add_dct("say", Order::Before);
        p.add_dct("say", Order::Before);
        let text = p.to_text();
        assert_eq!(text, "p\tattack\tdie\t1\t0\t0\t1\t0\t0\nd\tsay\t2\t0\t0\n");
        assert_eq!(Prior::from_text(&text), Ok(p));
        assert!(Prior::from_text("p\tdie\tattack\t1\t0\t0\t0\t0\t0\n").is_err());
        assert!(Prior::from_text("d\tsay\t2\tx\t0\n").is_err());
    }

    #[test]
    fn the_shipped_table_reads() {
        assert!(Prior::from_text(BUILTIN).is_ok());
        assert_eq!(builtin().to_text(), BUILTIN);
    }

    #[test]
    fn the_setting_names_the_counts_and_the_parts() {
        assert_eq!(parse_setting("both"), Some((Use::Both, Parts::ALL)));
        assert_eq!(
            parse_setting("silver:pair,dct"),
            Some((
                Use::Silver,
                Parts {
                    pair: true,
                    lemma: false,
                    dct: true
                }
            ))
        );
        assert_eq!(parse_setting("off"), None);
        assert_eq!(parse_setting(""), None);
    }

    #[test]
    fn buckets_follow_the_counts() {
        assert_eq!(order_bucket([0, 0, 5]), "none");
        assert_eq!(order_bucket([10, 0, 0]), "before++");
        assert_eq!(order_bucket([2, 1, 0]), "before+");
        assert_eq!(order_bucket([3, 3, 0]), "even");
        assert_eq!(order_bucket([1, 2, 0]), "after+");
        assert_eq!(order_bucket([0, 9, 0]), "after++");
        assert_eq!(overlap_bucket([0, 0, 0]), "none");
        assert_eq!(overlap_bucket([4, 4, 1]), "low");
        assert_eq!(overlap_bucket([1, 1, 2]), "mid");
        assert_eq!(overlap_bucket([1, 0, 3]), "high");
        assert_eq!(dct_bucket([0, 0, 0]), "none");
        assert_eq!(dct_bucket([5, 1, 1]), "before-strong");
        assert_eq!(dct_bucket([2, 1, 3]), "overlap-weak");
        assert_eq!(count_bucket(0), "0");
        assert_eq!(count_bucket(3), "2-4");
        assert_eq!(count_bucket(40), "16+");
    }
}
