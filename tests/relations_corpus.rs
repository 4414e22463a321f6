//! Relation scores on the shared corpora (skipped when `../shared/data` is absent). The
//! figures are the ones documented in `docs/accuracy.md`; a change that lowers them fails here.

mod common;

use common::timeml_docs;
use tempora::eval::gold_entities::{evaluate_matres, evaluate_tlinks};

#[test]
fn temporal_awareness_on_gold_entities_does_not_regress() {
    let Some(data) = common::shared_data(".") else {
        return;
    };
    // Raised from 0.2841 / 0.2494 when the scorer was aligned with the official TempEval-3 one
    // (precision over the reduced system graph, sequential reduction; docs/accuracy.md), then
    // from 0.2858 / 0.2631 by the trained pair classifier. These are IN-SAMPLE figures (the
    // shipped pair model was trained on these documents): a regression guard, not a measure
    // of accuracy; the cross-validated figures are gated in .ci/accuracy-gate. Set to 0.5584 /
    // 0.6286 (from 0.5689 / 0.6293) when the features grew and the gold-entity model was
    // retrained: its cross-validated F1 rose 0.3910 → 0.3963, its fit to its own training
    // documents fell. In-sample figures guard against regressions; they are not evidence.
    // Raised to 0.5616 / 0.6299 when the time-anchor sieve read the preposition before a time
    // ("before 1990", "since 2006", "from 1991 to 1996" no longer place the event *in* it).
    // AQUAINT raised to 0.6303 by the fourth round of time-expression work.
    // Set to 0.5603 / 0.6294 when the connective sieve learnt participles ("..., killing three
    // people", "having lost the vote") and the event stage contracted negations ("didn't
    // leave"), rarer irregular verbs ("burst") and participles after linking verbs
    // ("remained closed"): the relations and tenses that feed the classifier changed under a
    // model trained before them (cross-validated 0.3949 → 0.3964, within noise).
    // Raised to 0.5751 / 0.6359 when the classifier also paired each event with the nearest
    // event of an earlier sentence sharing its lemma (cross-validated 0.3949 → 0.4035).
    // Set to 0.5739 / 0.6339 when both pair models were retrained on the merged code of that
    // night (the changes above together): cross-validated 0.4057, in-sample fit a hair lower.
    // Then 0.5730 / 0.6376 with complements without "that" ("said the plant closed"; models
    // retrained; cross-validated 0.4022, within noise: docs/accuracy.md).
    // Lowered to 0.5727 / 0.6372 by the event-stage fixes of the events branch, under pair
    // models trained before them (not retrained there): a negated event is negated whatever
    // its tense (AQUAINT 0.6376 -> 0.6375), an event noun is no verb ("an emergency meeting",
    // "bloodshed": 0.5730 -> 0.5727, 0.6375 -> 0.6372). The cross-validated figures were not
    // re-measured on that branch.
    // Set to 0.5743 / 0.6327 when both pair models were retrained on the merged code of
    // 2026-11-29 (postposed attributions "..., officials said" and "according to" make their
    // content reported, a complement without "that" starts at any subject before a finite
    // auxiliary, spelling lemmas, the events branch above): the in-sample fit moved +0.0016 /
    // -0.0045; cross-validated 0.4022 -> 0.4012 (docs/accuracy.md). Then 0.5737 / 0.6336 with
    // a possessive time no longer dating the clause's verb ("declared victory in Sunday's
    // election"), models retrained (cross-validated 0.4027).
    // Raised to 0.5741 / 0.6345 by the retraining of the second session of 2026-11-29
    // (cross-validated 0.4027 -> 0.4048).
    // Set to 0.5729 / 0.6317 by the retraining of the third session of 2026-11-29 (words that
    // name no event where they stand, subjects after a time phrase, temporal clauses at a
    // subject with "of"): in-sample; cross-validated 0.4048 -> 0.4027 (seed 0), 0.4020 ->
    // 0.4025 (--seed 11), 0.4027 -> 0.4017 (--seed 22), within noise (.ci/accuracy-gate).
    // Set to 0.5721 / 0.6364 by the retraining on the merged code of that session (lemmas of
    // "-ied" verbs, timeline merges at any preposition): in-sample; cross-validated 0.4035
    // (0.4038 with --seed 11), +0.03 points over the session's start on two orders.
    // Raised to 0.5785 / 0.6402 (branch relations, 2026-11-29) when an event the classifier
    // puts after the publish day got its AFTER link to the DCT (the writer had dropped it);
    // the gold-entity model's bytes did not change (cross-validated 0.4035 -> 0.4041, 0.4038
    // -> 0.4046 with --seed 11).
    // Raised to 0.5844 / 0.6439 by the retraining on the merged code of the sixth session.
    // Raised to 0.6131 / 0.6668 when the shipped pair models got their network (branch
    // relations; cross-validated over five training orders +0.68 points, docs/accuracy.md).
    // Set to 0.6032 / 0.6532 by the retraining on the merged code of the seventh session
    // (in-sample, for reference: the network's fit moved with the pipeline's changes; the
    // cross-validated gold figure over five orders is 0.4092, docs/accuracy.md, Relations).
    // Raised to 0.6186 / 0.6765 by the retraining on the merged code of the eighth
    // session (the TLINK writer of branch gold: the classifier's label for an event's
    // link to the publish date, times of the publish day SIMULTANEOUS with it; in-sample).
    // 0.6184 on TimeBank with the storm story's fixes (the same models; a retraining on that
    // code fit in-sample 0.6104 and MATRES 0.2365, the network's draw, while the
    // cross-validated figures did not move: gold 0.4164 -> 0.4161 over five orders; the
    // models trained one commit earlier were kept).
    // Raised to 0.6190 / 0.6881 in the ninth session: the TLINKs written surest first
    // (branch s13-gold; the same models, not retrained; cross-validated gold over five orders
    // 0.4161 -> 0.4216).
    // Raised to 0.6265 / 0.7098 in the tenth session: the classifier's relations the graph
    // dropped written last (branch s14-decode; the same models; cross-validated gold over five
    // orders 0.4216 -> 0.4256).
    // Raised to 0.6276 / 0.7101 on the merged code of the eleventh session (the lead's
    // event-stage and time-anchor rules; the same models). AQUAINT 0.7101 -> 0.7100 in the
    // twelfth session (calendar days, tolls, "not yet": the same models, not retrained;
    // cross-validated gold 0.4262 -> 0.4279 on the first order). Set to 0.6042 / 0.7080 by
    // the retraining at the end of the twelfth session: the shipped models were older than the
    // code's features (a retraining gave other bytes); the gold model's in-sample fit fell with
    // the network's draw while the raw model's rose, and the cross-validated figures, which
    // retrain every fold, are the measure (gold 0.4256 -> 0.4280 over five orders).
    // Set to 0.6074 / 0.7079 by the retraining on the merged code of the thirteenth session
    // (the rules of two more stories; in-sample, AQUAINT 0.0001 under the last floor).
    // Set to 0.6254 / 0.6967 by the retraining on the merged code of the fourteenth session
    // (the rules of a mine and a resignation story, the event rows of the mine story, the
    // adverb in a verb group; the network's in-sample fit moves by points with a retraining,
    // and the cross-validated figures are the measure: gold 0.4271 -> 0.4262 over five orders).
    // Set to 0.6224 / 0.7108 by the retraining on the merged code of the fifteenth session
    // (the rules of a port strike and a flood story, a "when" connective sieve, "that" + verb
    // as a relative clause; in-sample, the network's draw: TimeBank 0.6238 with the models of
    // the fourteenth session on this code).
    // Set to 0.6290 / 0.7143 by the retraining on the merged code of the sixteenth session
    // (the rules of an airline outage story; cross-validated gold 0.4267 -> 0.4273).
    // Set to 0.6279 / 0.7143 by the retraining on the merged code of the eighteenth session
    // (the rules of an outbreak, a hurricane and a fraud story; in-sample, the network's
    // draw: the models of the sixteenth gave 0.6289 on this code; cross-validated gold
    // 0.4270 -> 0.4257 over five orders, docs/accuracy.md).
    // Set to 0.6332 / 0.7133 by the retraining on the merged code of the nineteenth session
    // (the rules of an air crash story and the lead's; cross-validated gold 0.4257 -> 0.4261).
    // Set to 0.6202 / 0.7043 by that of the twentieth (the lead's states and figures compared
    // with, a dock strike story's rules; cross-validated gold 0.4261 -> 0.4261).
    // Set to 0.6222 / 0.7041 by the retraining on the lead's code of the twenty-first (reduced
    // relatives, relatives of saying; cross-validated gold 0.4261 -> 0.4262).
    // AQUAINT 0.7039 when a state after "be" took its clause's status (the same models;
    // cross-validated gold 0.4262 -> 0.4265).
    // Set to 0.6277 / 0.7035 by the retraining on the ferry story's rules of the twenty-third
    // (in-sample, the retraining's draw; cross-validated gold 0.4265 -> 0.4264).
    // Set to 0.6300 / 0.7099 by that of the twenty-fourth (a present tense with a day ahead
    // read as a schedule; cross-validated gold 0.4264 -> 0.4254, within the noise).
    // Set to 0.6313 / 0.7061 by that of the noun phrase opened at its article (cross-validated
    // gold 0.4254 -> 0.4258).
    for (set, floor) in [("TimeBank", 0.6313), ("AQUAINT", 0.7061)] {
        let r = evaluate_tlinks(&timeml_docs(&data.join("tempeval3/train").join(set)), false);
        eprintln!(
            "{set}: P {:.4} R {:.4} F1 {:.4}",
            r.precision, r.recall, r.f1
        );
        assert!(
            r.f1 >= floor - 5e-5,
            "{set}: temporal awareness F1 {:.4} fell below {floor}",
            r.f1
        );
    }
}

#[test]
fn temporal_awareness_from_raw_text_does_not_regress() {
    let Some(data) = common::shared_data(".") else {
        return;
    };
    // Raised from 0.2719 / 0.2379 by the same scorer alignment, then from 0.2736 / 0.2523 by
    // the trained pair classifier (in-sample, as above). TimeBank was 0.5089 on the events
    // branch before merging main's timex changes (freq, zones, narrative deictics), which
    // move this in-sample figure to 0.5086 (and the cross-validated raw figure up, 0.3276 →
    // 0.3277); the model's bytes did not change. AQUAINT likewise went 0.5107 → 0.5106 when
    // the timex branch's last direction rules (planned infinitives, same-day "will ... Thursday")
    // met the classifier on main: a timex change, not a model change. Raised to 0.6174 /
    // 0.6699 when raw text got its own pair model, trained also on the pairs of tempora's
    // analysis of these documents (in-sample all the more; cross-validated 0.3205). Raised to
    // 0.6228 / 0.6713 by the time-anchor sieve's prepositions (cross-validated 0.3213); with
    // the same night's time-expression work 0.6227 / 0.6718 (cross-validated 0.3247).
    // Lowered to 0.6222 / 0.6716 when "succeed", "proceed", "exceed" became base verbs ("will
    // succeed Feb. 1" is a future verb group, no longer a past form in -ed): the shipped
    // models were trained on the old reading, so their fit to these documents falls a hair
    // (without that change, 0.6226 / 0.6721), while the cross-validated raw figure, read with
    // fold-trained models, rises with it (0.3176 without, 0.3218 with; docs/accuracy.md).
    // Set to 0.6188 / 0.6721 by the same changes (cross-validated 0.3247 → 0.3227, within the
    // noise of a change of the event stage's input).
    // the same night's time-expression work 0.6227 / 0.6718 (cross-validated 0.3247). Raised
    // to 0.6295 / 0.6785 by the same-lemma pairs (cross-validated 0.3247 → 0.3256).
    // Set to 0.6223 / 0.6828 by the retraining on the merged code, with a phrase right after
    // a reporting verb dating the reporting (cross-validated 0.3262); then 0.6277 / 0.6800 with
    // complements without "that" (cross-validated 0.3312).
    // Lowered to 0.6265 / 0.6781 by the event-stage fixes of the events branch, under pair
    // models trained before them: the negated-status precedence (AQUAINT 0.6800 -> 0.6798),
    // a linking verb and its complement as one state event ("remained closed": 0.6277 ->
    // 0.6267, 0.6798 -> 0.6785; TimeBank sometimes annotates the complement as an event of
    // its own) and event nouns that are no verbs (0.6267 -> 0.6265, 0.6785 -> 0.6781). The
    // cross-validated figures were not re-measured on that branch.
    // Raised to 0.6315 / 0.6829 when both pair models were retrained on the merged code of
    // 2026-11-29 (postposed attributions, complements, lemmas, the events branch). Then
    // 0.6245 / 0.6848 with the possessive-time rule, models retrained (cross-validated
    // 0.3273 -> 0.3267).
    // 0.6246 / 0.6849 when "declared" + a noun phrase became an OCCURRENCE (same models).
    // AQUAINT lowered to 0.6846 by the calamity nouns of the event lexicon ("quake",
    // "blaze", "disaster": 23 entries for the timeline's happenings; with the old lexicon
    // the same code scores 0.6848), under pair models trained before them.
    // Set to 0.6296 / 0.6833 by the retraining on the code of the second session of
    // 2026-11-29 (in-sample; cross-validated raw 0.3267 -> 0.3263 with the shipped training
    // order, 0.3266 -> 0.3284 with `--seed 11`).
    // Set to 0.6272 / 0.6811 by the retraining of the third session of 2026-11-29 (in-sample;
    // cross-validated raw 0.3263 -> 0.3268, 0.3284 -> 0.3279 with `--seed 11`, 0.3299 ->
    // 0.3284 with `--seed 22`).
    // Set to 0.6270 / 0.6822 by the retraining on the merged code of that session
    // (in-sample; cross-validated raw 0.3282, 0.3276 with `--seed 11`).
    // Raised to 0.6358 / 0.6878 (branch relations, 2026-11-29) by the AFTER links to the DCT
    // and the event recogniser's margin as a pair feature, raw-text model retrained
    // (cross-validated raw 0.3282 -> 0.3331, 0.3276 -> 0.3321 with `--seed 11`).
    // AQUAINT set to 0.6840 by the retraining on the merged code of the fifth session of
    // 2026-11-29 (the events branch's event-stage fixes; in-sample: cross-validated raw rose
    // 0.3331 -> 0.3343 and 0.3321 -> 0.3358 with `--seed 11`).
    // TimeBank lowered to 0.6345 and AQUAINT raised to 0.6912 by the retraining on the merged
    // code of the sixth session (timex fixes and the arranging rules; cross-validated raw
    // text moved within noise).
    // Raised to 0.6986 / 0.7395 when the shipped pair models got their network (branch
    // relations; cross-validated raw text over five training orders +0.54 points).
    // Set to 0.6863 / 0.7335 by the retraining on the merged code of the seventh session
    // (in-sample; cross-validated raw text over five orders 0.3401).
    // Raised to 0.6953 / 0.7467 by the retraining on the merged code of the eighth
    // session (as above).
    // AQUAINT raised to 0.7553 in the ninth session (the TLINKs written surest first, the
    // same models; TimeBank unchanged at 0.6953; cross-validated raw text 0.3465 -> 0.3521).
    // Raised to 0.7048 / 0.7742 in the tenth session (the classifier's relations the graph
    // dropped written last; the same models; in-sample only: cross-validated raw text over
    // five orders 0.3521 -> 0.3513, within the noise). TimeBank 0.7047 on the merged code of
    // the tenth session (the lead's "since then", "then" and "later this month" rules).
    // Raised to 0.7060 / 0.7745 on the merged code of the eleventh session (the same models).
    // 0.7058 / 0.7741 in the twelfth session (the same models, not retrained; the
    // cross-validated raw figure 0.3526 -> 0.3523 on the first order). Raised to 0.7167 /
    // 0.7831 by the retraining at the end of the twelfth session (see the gold floors).
    // Raised to 0.7204 / 0.7843 by the retraining on the merged code of the thirteenth.
    // 0.7203 / 0.7842 in the fourteenth (the same models; the time rules of a mine rescue and a
    // resignation story: "shortly after" clauses, hours after a time of day).
    // Set to 0.6610 / 0.7438 by the retraining on the merged code of the fourteenth: the
    // raw-text model now holds two networks with min-count 8 (features seen in fewer than 8
    // pairs get no row), which fit their training documents less and hold out better
    // (cross-validated raw text 0.3499 -> 0.3513 over five orders on the same code).
    // Set to 0.6558 / 0.7404 by the retraining on the merged code of the fifteenth session
    // (in-sample; the cross-validated raw figure is the measure, docs/accuracy.md).
    // Set to 0.6659 / 0.7471 by that of the sixteenth (cross-validated raw 0.3517 -> 0.3520).
    // Set to 0.6693 / 0.7465 by that of the eighteenth (cross-validated raw 0.3520 -> 0.3511).
    // Set to 0.6669 / 0.7454 by that of the nineteenth (in-sample, the retraining's draw;
    // cross-validated raw 0.3511 -> 0.3510).
    // Set to 0.6671 / 0.7437 by that of the twentieth (cross-validated raw 0.3510 -> 0.3514).
    // Set to 0.6648 / 0.7419 by that of the twenty-first (in-sample, the retraining's draw;
    // cross-validated raw 0.3514 -> 0.3512).
    // TimeBank 0.6646 with the states' status (the same models; cross-validated raw 0.3512
    // -> 0.3514).
    // Set to 0.6644 / 0.7462 by that of the twenty-third (in-sample; cross-validated raw
    // 0.3514 -> 0.3514).
    // Set to 0.6640 / 0.7468 by that of the twenty-fourth (cross-validated raw 0.3514 ->
    // 0.3503, within the noise).
    // Set to 0.6637 / 0.7456 by that of the noun phrase opened at its article (cross-validated
    // raw 0.3503 -> 0.3506).
    // Set to 0.6649 / 0.7465 by that of the twenty-fifth ("-ing" words after an article take
    // no tense from their sentence; cross-validated raw 0.3506 -> 0.3501, within the noise).
    // Set to 0.6639 / 0.7462 by the outbreak story's rules (in-sample, the retraining's draw;
    // cross-validated raw 0.3501 -> 0.3509).
    for (set, floor) in [("TimeBank", 0.6639), ("AQUAINT", 0.7462)] {
        let r = evaluate_tlinks(&timeml_docs(&data.join("tempeval3/train").join(set)), true);
        eprintln!(
            "{set} (raw): P {:.4} R {:.4} F1 {:.4}",
            r.precision, r.recall, r.f1
        );
        assert!(
            r.f1 >= floor - 5e-5,
            "{set}: raw-text temporal awareness F1 {:.4} fell below {floor}",
            r.f1
        );
    }
}

#[test]
fn matres_does_not_regress() {
    let Some(data) = common::shared_data(".") else {
        return;
    };
    for (file, set, floor) in [
        // 0.0729 / 0.0485 before the trained pair classifier; in-sample since (see above).
        // 0.2153 / 0.3502 before the gold-entity model was retrained with more features
        // (cross-validated MATRES F1 over both sets: 0.2517, docs/accuracy.md). Lowered from
        // 0.2168 / 0.3382 when the time-anchor sieve read the preposition before a time: an
        // event "before 1990" or "since 2006" is no longer placed *in* that year, which was
        // wrong, and some start-point orders MATRES annotates went with it (cross-validated
        // 0.2517 → 0.2484, docs/accuracy.md). Timelines lost 50 false contradictions of 122
        // on the 400 silver documents. Raised from 0.2147 / 0.3367 by the same-lemma pairs
        // (cross-validated 0.2480 → 0.2545). Set to 0.2240 / 0.3511 when the pair models were
        // retrained on the merged code of that night (participles, contracted negations, the
        // fourth time-expression round): cross-validated 0.2629. Then 0.2246 / 0.3646 with
        // complements without "that" (cross-validated 0.2658).
        // Raised to 0.2338 by the retraining on the merged code of 2026-11-29, then 0.2426
        // with the possessive-time rule. Set to 0.2349 by the retraining on the code of
        // 2026-11-29, second session (one happening told many ways, temporal clauses at any
        // subject, noun summaries that stop at a preposition, the events branch): in-sample,
        // while the cross-validated MATRES figure rose 0.2651 -> 0.2669 (seed 0). Set to
        // 0.2326 by the retraining of the third session (in-sample), while the cross-validated
        // figure rose 0.2669 -> 0.2732 (seed 0; 0.2705 -> 0.2729 with --seed 11).
        // Raised to 0.2398 by the retraining on the merged code of that session.
        // Lowered to 0.2335 by the retraining on the merged code of the sixth session (the
        // arranging and second-time rules; cross-validated MATRES over five training orders
        // moved -0.21 points, inside main's own spread, docs/accuracy.md, Relations).
        // Raised to 0.2464 when the shipped pair models got their network (branch relations;
        // cross-validated MATRES over five training orders +0.99 points).
        // Set to 0.2338 / 0.3636 by the retraining on the merged code of the seventh session
        // (in-sample; cross-validated MATRES over five orders 0.2835).
        // Raised to 0.2492 by the retraining on the merged code of the eighth session
        // (in-sample). Lowered to 0.2486 on the merged code of the eleventh session (the same
        // models): a date between a determiner and a noun no longer dates the clause's verb
        // ("rejected the results of the October 29 election"), so fewer verbs are ordered by
        // their times; cross-validated MATRES over five orders 0.2805 -> 0.2788, within the
        // gate's tolerance. Set to 0.2407 by the retraining at the end of the twelfth session
        // (in-sample; cross-validated MATRES over five orders 0.2788 -> 0.2787). Raised to
        // 0.2424 by the retraining on the merged code of the thirteenth session. Set to 0.2414
        // by that of the fourteenth (in-sample; cross-validated MATRES 0.2790 -> 0.2796).
        // Set to 0.2496 by that of the sixteenth.
        // Set to 0.2458 by the retraining on the merged code of the eighteenth session
        // (in-sample; cross-validated MATRES 0.2798 -> 0.2800 over five orders).
        // Set to 0.2399 by that of the nineteenth (in-sample; cross-validated MATRES 0.2800 ->
        // 0.2803 over five orders).
        // Set to 0.2487 by that of the twentieth (cross-validated 0.2803 -> 0.2802).
        // Set to 0.2514 by that of the twenty-first (cross-validated 0.2802 -> 0.2797).
        // Set to 0.2495 by that of the twenty-third (in-sample; cross-validated 0.2812 ->
        // 0.2784, within the noise of a retraining).
        // Set to 0.2482 by that of the twenty-fourth (in-sample; cross-validated 0.2784 ->
        // 0.2781).
        // Set to 0.2450 by that of the noun phrase opened at its article (cross-validated
        // 0.2781 -> 0.2796).
        ("timebank.txt", "TimeBank", 0.2450),
        // 0.0504 before the learned event recogniser (events branch): its classes and
        // tenses on the aligned events cost this set 0.0019 (docs/accuracy.md, Events).
        // Raised from 0.3646 by the event-stage fixes of the second events branch (negated
        // status first, linking-verb states, event nouns that are no verbs), in-sample.
        // Raised to 0.3689 by the retraining on the merged code of 2026-11-29; 0.3639 with
        // the possessive-time rule (models retrained; cross-validated 0.2670 -> 0.2651).
        // Raised to 0.3650 by the retraining of the second session of 2026-11-29, 0.3665 by
        // that of the third. Set to 0.3577 by the retraining on the merged code of that
        // session (in-sample; cross-validated 0.2703, 0.2677 with --seed 11). Lowered to
        // 0.3571 (no retraining) when a verb of arranging with an event noun for object
        // stopped taking the time phrase after it ("planned a demonstration for Saturday"
        // dates the demonstration, not the planning): measured by turning that rule alone
        // off (0.3577 again). MATRES orders verbs only; the planning no longer has a date.
        // Back to 0.3577 when that rule was taken out again (it cost the cross-validated
        // MATRES figure 0.39 points, docs/accuracy.md, Relations).
        // Raised to 0.3622 by the retraining on the merged code of the sixth session.
        // Raised to 0.3690 when the shipped pair models got their network.
        // Raised to 0.3741 by the retraining on the merged code of the eighth session
        // (in-sample). Lowered to 0.3726 on the merged code of the eleventh session, as
        // TimeBank's above. Set to 0.3699 by the retraining at the end of the twelfth session,
        // to 0.3685 by that on the merged code of the thirteenth (in-sample), raised to 0.3747
        // by that of the fourteenth. Set to 0.3566 by that of the fifteenth (in-sample; the
        // retraining's draw: the cross-validated MATRES figure is the measure).
        // Set to 0.3692 by that of the sixteenth (cross-validated MATRES 0.2799 -> 0.2793),
        // to 0.3646 by that of the eighteenth (in-sample; cross-validated 0.2798 -> 0.2800).
        // Set to 0.3638 by that of the nineteenth (in-sample; cross-validated 0.2800 -> 0.2803).
        // Set to 0.3711 by that of the twentieth (in-sample; cross-validated 0.2803 -> 0.2802).
        // Set to 0.3722 by that of the twenty-first (in-sample; cross-validated 0.2802 -> 0.2797).
        // Set to 0.3817 by that of the twenty-third (in-sample; cross-validated 0.2812 -> 0.2784).
        // Set to 0.3785 by that of the twenty-fourth (in-sample; cross-validated 0.2784 -> 0.2781).
        // Set to 0.3779 by that of the noun phrase opened at its article.
        ("aquaint.txt", "AQUAINT", 0.3779),
    ] {
        let lines = std::fs::read_to_string(data.join("matres").join(file)).unwrap();
        let r = evaluate_matres(
            &lines,
            &timeml_docs(&data.join("tempeval3/train").join(set)),
        );
        eprintln!(
            "{set}: accuracy {:.4} P {:.4} R {:.4} F1 {:.4}",
            r.accuracy, r.precision, r.recall, r.f1
        );
        assert!(r.pairs > 6000);
        assert!(
            r.f1 >= floor - 5e-5,
            "{set}: MATRES F1 {:.4} fell below {floor}",
            r.f1
        );
    }
}

#[test]
fn semeval_2015_trial_timelines_do_not_regress() {
    let Some(data) = common::shared_data(".") else {
        return;
    };
    let trial = data.join("semeval2015-timeline-trial");
    let r = tempora::eval::semeval::run(
        &trial.join("articles-timeml"),
        &trial.join("gold-timelines"),
    )
    .unwrap();
    eprintln!(
        "SemEval-2015 trial: P {:.4} R {:.4} F1 {:.4}",
        r.precision, r.recall, r.f1
    );
    assert_eq!(r.timelines, 6);
    assert!(
        // 0.1502 before the awareness scorer followed the official TempEval-3 one (precision
        // over the reduced system graph): the correction, not the system, lowered it (0.1497).
        // Back at 0.1502 when complements without "that" became clauses (the system changed).
        // 0.1506 when a participle's summary lost its pronoun and "declared" + a noun phrase
        // became an OCCURRENCE. 0.1609 with the changes of the second session of that day
        // (noun summaries that stop at a preposition, one happening told many ways, temporal
        // clauses at any subject) and the pair models retrained on them. 0.1708 with the
        // event-stage and relation fixes of the seventh session (P 0.1859, R 0.1579). 0.1780
        // (P 0.2039, R 0.1579) as measured in the twenty-fourth session, the floor raised to it
        // then (it had risen since without the floor following).
        r.f1 >= 0.1780 - 5e-5,
        "micro F1 {:.4} fell below 0.1780",
        r.f1
    );
}
