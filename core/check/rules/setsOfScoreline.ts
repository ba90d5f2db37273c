// "beat Stan Wawrinka in four sets" where the source gives the match as "Del Potro secured a 3-6
// 6-3 7-6 (7-2) 6-3 victory": a tennis scoreline lists one score per set, so the number of sets is
// the number of scores in it (a tie-break's score in brackets is part of its set). A draft's count
// of sets is checked against the scoreline of a source sentence that names a player the draft's
// sentence names: supported when the counts agree, contradicted when they do not. Runs before
// conflicts, where "two sets to one down" would otherwise read as another count of sets.
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import { stem } from '../../frames/lexicon.ts';
import { claimOf, passageEvidence, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { sentenceMentions } from '../sentenceMentions.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';

/** Words after "N sets" that make it a state of the match: "two sets down", "two sets to one", "two sets up". */
const SCORE_STATE = /^(?:down|up|ahead|behind|to|clear)$/;
/** The most games a set's score can give one side (7-6, 7-5). */
const MAX_SET_GAMES = 7;
/** A match is at most five sets; two scores are no scoreline. */
const MIN_SETS = 2;
const MAX_SETS = 5;

/** Whether a score mention can be a set's: both sides at most MAX_SET_GAMES, and not a tie-break in brackets. */
function setScore(text: AnalysedText, m: AnalysedMention): boolean {
  // A lost set reads as a range to the scanner ("3-6" as three to six): the digits decide.
  return /^\d-\d$/.test(text.text.slice(m.m.start, m.m.end)) && (m.m.kind === 'score' || m.m.high !== undefined)
    && m.m.value !== null && m.m.value <= MAX_SET_GAMES && (m.m.high ?? 0) <= MAX_SET_GAMES && text.tokens[m.m.tokStart - 1]?.text !== '(';
}

/** The scorelines of a sentence: runs of set scores with only a bracketed tie-break between them. */
function scorelines(text: AnalysedText, sentenceStart: number): { sets: number; start: number; end: number }[] {
  const out: { sets: number; start: number; end: number }[] = [];
  let run: AnalysedMention[] = [];
  const flush = () => {
    if (run.length >= MIN_SETS && run.length <= MAX_SETS) out.push({ sets: run.length, start: run[0]!.m.start, end: run[run.length - 1]!.m.end });
    run = [];
  };
  for (const m of sentenceMentions(text, sentenceStart)) {
    if (!setScore(text, m)) {
      // A tie-break in brackets sits inside the line; anything else ends it.
      if (text.tokens[m.m.tokStart - 1]?.text !== '(') flush();
      continue;
    }
    const last = run[run.length - 1];
    // Between two set scores only spaces or a tie-break: "7-6 (7-2) 6-3".
    if (last && !/^\s*(?:\(\s*\d+\s*-\s*\d+\s*\)\s*)?$/.test(text.text.slice(last.m.end, m.m.start))) flush();
    run.push(m);
  }
  flush();
  return out;
}

/** Capitalised words of a span that are not its first word: the names it gives. */
function namesIn(text: AnalysedText, start: number, end: number): Set<string> {
  const out = new Set<string>();
  for (let k = tokenAt(text.tokens, start) + 1; k < text.tokens.length && text.tokens[k]!.end <= end; k++) {
    const t = text.tokens[k]!;
    if (t.type === 'word' && /^\p{Lu}\p{Ll}{2,}/u.test(t.text)) out.add(t.lower);
  }
  return out;
}

export const setsOfScoreline: VerdictRule = {
  name: 'setsOfScoreline',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.value === null || a.m.bound !== undefined || a.frame.head !== stem('sets')) return null;
    // "came from two sets down", "two sets to one up": a deficit or a lead during the match, not its length.
    const after = draft.tokens[a.m.tokEnd + 1]?.lower ?? '';
    if (SCORE_STATE.test(after) || draft.tokens[a.m.tokStart - 1]?.lower === 'from') return null;
    const names = namesIn(draft, a.sentence.start, a.sentence.end);
    for (const src of data.sources) {
      for (const sentence of src.analysis.sentences) {
        const lines = scorelines(src.analysis, sentence.start);
        if (lines.length !== 1) continue;
        const shared = [...namesIn(src.analysis, sentence.start, sentence.end)].some((n) => names.has(n));
        if (!shared) continue;
        const line = lines[0]!;
        const ev = passageEvidence(src.doc.id, src.analysis.text, sentence, line.start, line.end);
        const said = short(src.analysis.text.slice(line.start, line.end));
        if (line.sets === a.m.value) return claimOf(draft, a, 'supported', `Derived: '${said}' is ${line.sets} sets. Draft: '${short(dText)}'.`, [ev], published);
        return claimOf(draft, a, 'contradicted', `Source: '${said}', ${line.sets} sets. Draft: '${short(dText)}'.`, [ev], published);
      }
    }
    return null;
  },
};
