//! Word tables for events: irregular verbs, auxiliaries, verb classes, event nouns.

/// Irregular verbs: (base, past, past participle).
pub const IRREGULAR: &[(&str, &str, &str)] = &[
    ("arise", "arose", "arisen"),
    ("be", "was", "been"),
    ("bear", "bore", "borne"),
    ("beat", "beat", "beaten"),
    ("become", "became", "become"),
    ("begin", "began", "begun"),
    ("bid", "bid", "bid"),
    ("bind", "bound", "bound"),
    ("bite", "bit", "bitten"),
    ("blow", "blew", "blown"),
    ("break", "broke", "broken"),
    ("bring", "brought", "brought"),
    ("broadcast", "broadcast", "broadcast"),
    ("build", "built", "built"),
    ("burn", "burnt", "burnt"),
    ("buy", "bought", "bought"),
    ("catch", "caught", "caught"),
    ("choose", "chose", "chosen"),
    ("come", "came", "come"),
    ("cost", "cost", "cost"),
    ("cut", "cut", "cut"),
    ("deal", "dealt", "dealt"),
    ("do", "did", "done"),
    ("draw", "drew", "drawn"),
    ("drink", "drank", "drunk"),
    ("drive", "drove", "driven"),
    ("eat", "ate", "eaten"),
    ("fall", "fell", "fallen"),
    ("feed", "fed", "fed"),
    ("feel", "felt", "felt"),
    ("fight", "fought", "fought"),
    ("find", "found", "found"),
    ("flee", "fled", "fled"),
    ("fly", "flew", "flown"),
    ("forbid", "forbade", "forbidden"),
    ("forget", "forgot", "forgotten"),
    ("forgive", "forgave", "forgiven"),
    ("freeze", "froze", "frozen"),
    ("get", "got", "gotten"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("grow", "grew", "grown"),
    ("hang", "hung", "hung"),
    ("have", "had", "had"),
    ("hear", "heard", "heard"),
    ("hide", "hid", "hidden"),
    ("hit", "hit", "hit"),
    ("hold", "held", "held"),
    ("hurt", "hurt", "hurt"),
    ("keep", "kept", "kept"),
    ("know", "knew", "known"),
    ("lay", "laid", "laid"),
    ("lead", "led", "led"),
    ("leave", "left", "left"),
    ("lend", "lent", "lent"),
    ("let", "let", "let"),
    ("lie", "lay", "lain"),
    ("light", "lit", "lit"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("mean", "meant", "meant"),
    ("meet", "met", "met"),
    ("pay", "paid", "paid"),
    ("put", "put", "put"),
    ("quit", "quit", "quit"),
    ("read", "read", "read"),
    ("ride", "rode", "ridden"),
    ("ring", "rang", "rung"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shake", "shook", "shaken"),
    ("shoot", "shot", "shot"),
    ("show", "showed", "shown"),
    ("shut", "shut", "shut"),
    ("sing", "sang", "sung"),
    ("sink", "sank", "sunk"),
    ("sit", "sat", "sat"),
    ("sleep", "slept", "slept"),
    ("speak", "spoke", "spoken"),
    ("spend", "spent", "spent"),
    ("split", "split", "split"),
    ("spread", "spread", "spread"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("stick", "stuck", "stuck"),
    ("strike", "struck", "struck"),
    ("swear", "swore", "sworn"),
    ("take", "took", "taken"),
    ("teach", "taught", "taught"),
    ("tear", "tore", "torn"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("understand", "understood", "understood"),
    ("upset", "upset", "upset"),
    ("wake", "woke", "woken"),
    ("wear", "wore", "worn"),
    ("win", "won", "won"),
    ("withdraw", "withdrew", "withdrawn"),
    ("write", "wrote", "written"),
    ("overthrow", "overthrew", "overthrown"),
    ("undertake", "undertook", "undertaken"),
];

/// Regular verbs common in news, by base form (irregular ones are in [`IRREGULAR`]).
pub const VERBS: &[&str] = &[
    "accept",
    "accuse",
    "act",
    "add",
    "admit",
    "agree",
    "aim",
    "allege",
    "allow",
    "analyze",
    "announce",
    "appear",
    "approve",
    "argue",
    "arrest",
    "arrive",
    "ask",
    "attack",
    "attempt",
    "audit",
    "avoid",
    "back",
    "ban",
    "believe",
    "blame",
    "block",
    "call",
    "campaign",
    "cancel",
    "capture",
    "challenge",
    "change",
    "charge",
    "claim",
    "clash",
    "close",
    "collapse",
    "comment",
    "complain",
    "confirm",
    "consider",
    "continue",
    "control",
    "convene",
    "count",
    "criticize",
    "declare",
    "decide",
    "issue",
    "decline",
    "defeat",
    "defend",
    "delay",
    "demand",
    "deny",
    "describe",
    "destroy",
    "die",
    "disappear",
    "discuss",
    "dismiss",
    "elect",
    "end",
    "ensure",
    "escape",
    "expect",
    "explain",
    "face",
    "fail",
    "fear",
    "file",
    "finish",
    "force",
    "form",
    "gather",
    "govern",
    "happen",
    "head",
    "help",
    "hope",
    "ignore",
    "improve",
    "include",
    "increase",
    "indicate",
    "injure",
    "insist",
    "intend",
    "investigate",
    "invite",
    "join",
    "kill",
    "launch",
    "like",
    "limit",
    "live",
    "look",
    "march",
    "move",
    "need",
    "negotiate",
    "note",
    "object",
    "occur",
    "offer",
    "open",
    "order",
    "oust",
    "pass",
    "plan",
    "play",
    "prepare",
    "present",
    "press",
    "prevent",
    "promise",
    "propose",
    "protest",
    "prove",
    "provide",
    "pull",
    "push",
    "raise",
    "reach",
    "receive",
    "recognize",
    "refuse",
    "reject",
    "release",
    "remain",
    "remove",
    "replace",
    "report",
    "request",
    "resign",
    "respond",
    "result",
    "resume",
    "return",
    "reveal",
    "rule",
    "sign",
    "stabilize",
    "start",
    "state",
    "stay",
    "step",
    "stop",
    "suggest",
    "support",
    "surrender",
    "suspend",
    "talk",
    "threaten",
    "travel",
    "try",
    "turn",
    "unite",
    "urge",
    "use",
    "visit",
    "vote",
    "wait",
    "walk",
    "want",
    "warn",
    "watch",
    "win",
    "work",
    "worry",
    "shepherd",
    "uphold",
    "welcome",
    "attend",
    "celebrate",
    "condemn",
    "cross",
    "kidnap",
    "overhaul",
    "mobilize",
    "occupy",
    "seize",
    "storm",
    "tweet",
    "vow",
    "wound",
    "hospitalize",
];

/// Auxiliaries and modals, with what they say about tense and modality.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aux {
    /// am, is, are.
    BePresent,
    /// was, were.
    BePast,
    /// be, been, being.
    Be,
    /// has, have.
    HavePresent,
    /// had.
    HavePast,
    /// do, does, did.
    Do(bool),
    /// will, shall.
    Will,
    /// would, could, might, may, should, must, can.
    Modal,
    /// to (infinitive marker).
    To,
}

/// Auxiliary words.
pub const AUXILIARIES: &[(&str, Aux)] = &[
    ("am", Aux::BePresent),
    ("is", Aux::BePresent),
    ("are", Aux::BePresent),
    ("'s", Aux::BePresent),
    ("'re", Aux::BePresent),
    ("was", Aux::BePast),
    ("were", Aux::BePast),
    ("be", Aux::Be),
    ("been", Aux::Be),
    ("being", Aux::Be),
    ("has", Aux::HavePresent),
    ("have", Aux::HavePresent),
    ("'ve", Aux::HavePresent),
    ("had", Aux::HavePast),
    ("'d", Aux::HavePast),
    ("do", Aux::Do(false)),
    ("does", Aux::Do(false)),
    ("did", Aux::Do(true)),
    ("will", Aux::Will),
    ("shall", Aux::Will),
    ("'ll", Aux::Will),
    ("wo", Aux::Will),
    ("would", Aux::Modal),
    ("could", Aux::Modal),
    ("might", Aux::Modal),
    ("may", Aux::Modal),
    ("should", Aux::Modal),
    ("must", Aux::Modal),
    ("can", Aux::Modal),
    ("ca", Aux::Modal),
    ("to", Aux::To),
];

/// Words that may stand between an auxiliary and its verb.
pub const INSERTS: &[&str] = &[
    "not",
    "n't",
    "never",
    "also",
    "still",
    "already",
    "previously",
    "just",
    "reportedly",
    "allegedly",
    "recently",
    "now",
    "later",
    "then",
    "ever",
    "long",
    "even",
    "only",
    "since",
    "openly",
    "finally",
    "apparently",
    "repeatedly",
    "formally",
    "officially",
    "quickly",
];

/// Determiners and possessives: a word after one of these is a noun or an adjective.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
    "every", "each", "no", "any", "some", "another", "such", "of", "in", "on", "at", "for", "with",
    "from", "by", "into", "toward", "towards", "amid", "over", "under", "about", "against", "than",
    "very", "most", "more", "less", "two", "three", "several", "many",
];

/// Words ending in -ed or -ing that are not verbs.
pub const NOT_VERBS: &[&str] = &[
    "uniformed",
    "armed",
    "indeed",
    "hundred",
    "unprecedented",
    "red",
    "need",
    "speed",
    "seed",
    "during",
    "morning",
    "evening",
    "nothing",
    "something",
    "anything",
    "everything",
    "king",
    "thing",
    "things",
    "spring",
    "wing",
    "ceiling",
    "sibling",
    "building",
    "including",
    "according",
    "regarding",
    "concerning",
    "pending",
    "beijing",
    "sterling",
    "ongoing",
    "outstanding",
    "interesting",
    "surprising",
    "following",
    "notwithstanding",
    "evening",
    "bed",
    "shed",
    "wed",
    "embed",
    "proceed",
    "exceed",
    "succeed",
    "breed",
    "greed",
    "weed",
    "united",
    "so-called",
    "detailed",
    "based",
    "related",
    "limited",
    "supposed",
];

/// Reporting verbs (TimeML REPORTING), by base form.
pub const REPORTING: &[&str] = &[
    "say", "tell", "report", "announce", "allege", "claim", "deny", "state", "add", "confirm",
    "insist", "warn", "indicate", "accuse", "note", "explain", "write", "tweet", "reveal",
    "declare", "argue", "suggest", "describe", "comment", "respond", "complain",
];

/// Intensional states (TimeML I_STATE).
pub const I_STATE: &[&str] = &[
    "hope", "want", "believe", "think", "expect", "fear", "intend", "wish", "need", "like", "worry",
];

/// Intensional actions (TimeML I_ACTION).
pub const I_ACTION: &[&str] = &[
    "try", "attempt", "seek", "plan", "promise", "refuse", "ask", "urge", "call", "order",
    "demand", "vow", "threaten", "decide", "agree", "propose", "request", "offer", "prepare",
    "reject", "avoid", "prevent", "allow", "force", "help", "aim",
];

/// Aspectual verbs (TimeML ASPECTUAL).
pub const ASPECTUAL: &[&str] = &[
    "begin", "start", "continue", "stop", "end", "finish", "resume", "keep", "remain", "cease",
];

/// Perception verbs (TimeML PERCEPTION).
pub const PERCEPTION: &[&str] = &["see", "hear", "watch", "witness", "observe", "notice"];

/// States (TimeML STATE).
pub const STATE: &[&str] = &[
    "be", "have", "seem", "appear", "face", "live", "own", "know", "mean", "cost",
];

/// Verbs whose object completes the event's name ("took office", "sent greetings").
pub const LIGHT_VERBS: &[&str] = &[
    "become", "take", "make", "give", "hold", "send", "shake", "go", "claim", "get", "stage",
    "win", "lose", "reach",
];

/// Nouns that name events, grouped into synonyms by their first entry.
pub const EVENT_NOUNS: &[(&str, &str)] = &[
    ("election", "election"),
    ("elections", "election"),
    ("vote", "election"),
    ("votes", "election"),
    ("poll", "election"),
    ("polls", "election"),
    ("ballot", "election"),
    ("runoff", "runoff"),
    ("referendum", "referendum"),
    ("incident", "incident"),
    ("attack", "attack"),
    ("attacks", "attack"),
    ("meeting", "meeting"),
    ("summit", "summit"),
    ("mutiny", "mutiny"),
    ("protest", "protest"),
    ("protests", "protest"),
    ("strike", "strike"),
    ("strikes", "strike"),
    ("clash", "clash"),
    ("clashes", "clash"),
    ("coup", "coup"),
    ("audit", "audit"),
    ("crash", "crash"),
    ("explosion", "explosion"),
    ("blast", "explosion"),
    ("war", "war"),
    ("ceasefire", "ceasefire"),
    ("truce", "ceasefire"),
    ("talks", "talks"),
    ("visit", "visit"),
    ("speech", "speech"),
    ("announcement", "announcement"),
    ("arrest", "arrest"),
    ("arrests", "arrest"),
    ("resignation", "resignation"),
    ("inauguration", "inauguration"),
    ("invasion", "invasion"),
    ("shooting", "shooting"),
    ("bombing", "bombing"),
    ("earthquake", "earthquake"),
    ("storm", "storm"),
    ("hurricane", "hurricane"),
    ("trial", "trial"),
    ("verdict", "verdict"),
    ("count", "count"),
    ("counting", "count"),
    ("uprising", "uprising"),
    ("riot", "riot"),
    ("riots", "riot"),
    ("march", "march"),
    ("rally", "rally"),
    ("conference", "conference"),
    ("debate", "debate"),
    ("raid", "raid"),
    ("allegations", "allegation"),
    ("fraud", "fraud"),
    ("roadblocks", "roadblock"),
];

/// Prepositions after which a noun phrase names an event placed in time.
pub const EVENT_PREPOSITIONS: &[&str] = &[
    "after",
    "before",
    "following",
    "since",
    "until",
    "during",
    "amid",
    "ahead",
];

// Indexes over the tables above, built once. The event stage looks every word of every article
// up in them; linear scans of the tables were its hot spot (issue 6, docs/performance.md).
// Each index keeps the *first* matching entry, as the scans did.

/// FNV-1a: the keys are short lower-case words from fixed tables, so a hasher without
/// SipHash's flood resistance is safe here, and several times cheaper.
#[derive(Default, Clone, Copy)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;
type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<Fnv>>;

fn first_index<'a>(entries: impl Iterator<Item = (usize, &'a str)>) -> FastMap<&'a str, usize> {
    let mut map = FastMap::default();
    for (i, word) in entries {
        map.entry(word).or_insert(i);
    }
    map
}

/// The first [`IRREGULAR`] entry with `w` as its base, past or participle.
pub fn irregular(w: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    static INDEX: std::sync::OnceLock<FastMap<&'static str, usize>> = std::sync::OnceLock::new();
    // An entry matches on any of its three forms; the first entry in table order wins.
    let index = INDEX.get_or_init(|| {
        let mut map = FastMap::default();
        for (i, (b, p, pp)) in IRREGULAR.iter().enumerate() {
            for form in [*b, *p, *pp] {
                map.entry(form).or_insert(i);
            }
        }
        map
    });
    index.get(w).map(|&i| &IRREGULAR[i])
}

/// Whether `w` is in [`VERBS`] or the base form of an [`IRREGULAR`] verb.
pub fn is_known_base(w: &str) -> bool {
    static INDEX: std::sync::OnceLock<FastSet<&'static str>> = std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            VERBS
                .iter()
                .copied()
                .chain(IRREGULAR.iter().map(|(b, _, _)| *b))
                .collect()
        })
        .contains(w)
}

/// Whether `w` is in [`NOT_VERBS`].
pub fn is_not_verb(w: &str) -> bool {
    static INDEX: std::sync::OnceLock<FastSet<&'static str>> = std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| NOT_VERBS.iter().copied().collect())
        .contains(w)
}

/// The lemma of the first [`EVENT_NOUNS`] entry for `w`.
pub fn event_noun(w: &str) -> Option<&'static str> {
    static INDEX: std::sync::OnceLock<FastMap<&'static str, usize>> = std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| first_index(EVENT_NOUNS.iter().map(|(n, _)| *n).enumerate()))
        .get(w)
        .map(|&i| EVENT_NOUNS[i].1)
}

/// The first [`AUXILIARIES`] entry for `w`.
pub fn auxiliary(w: &str) -> Option<Aux> {
    static INDEX: std::sync::OnceLock<FastMap<&'static str, usize>> = std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| first_index(AUXILIARIES.iter().map(|(a, _)| *a).enumerate()))
        .get(w)
        .map(|&i| AUXILIARIES[i].1)
}
