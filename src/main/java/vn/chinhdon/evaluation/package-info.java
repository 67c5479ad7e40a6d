/**
 * Evaluation (đánh giá, xếp loại chất lượng): the rule sets that judge a record of a period — 132-QĐ/TW (2018),
 * 124-QĐ/TW (2023), 366-QĐ/TW (2025) and those to come — as data: their dates, score bands, hard caps, quota and
 * organization rules, each rule marked confirmed or not with its basis ({@link vn.chinhdon.evaluation.EvaluationRules});
 * and the named policies later steps apply: {@link vn.chinhdon.evaluation.ScoreBands} (the level of a score) and
 * {@link vn.chinhdon.evaluation.Caps} (the hard caps on a proposed level); the evidence ledger of each member and
 * collective, written from the facts the other modules publish (findings, follow-up tasks, substantiated feedback,
 * broken commitments) in the transaction of each fact.
 */
package vn.chinhdon.evaluation;
