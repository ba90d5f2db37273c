// The minute of a match, told two ways: "a 34th-minute opener" and "in the net on 34 minutes"
// (or from the restart: "12 minutes into the second half" is the 57th).
// Match reports give a moment of play as an ordinal minute or as the time on the clock ("on",
// "after" N minutes); newsroom style treats the two as one moment. An ordinal minute is supported
// by a source's clock time of the same value, and the other way round, when the words around
// both meet: a report has many minutes, each its own goal or card. A results table's "40′" is
// such a minute too.
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import { frameMatch } from '../../frames/frameOf.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { sentenceSays } from '../namedNearFigure.ts';

/** Minutes in a football half: the second half's clock starts from it. */
const HALF = 45;
/** Minutes in a football match's normal time: the time remaining counts back from it. */
const FULL_TIME = 90;

/** The marks a results table puts after a goal's minute: a prime, or an apostrophe for one. */
const PRIME = /^[′'’]$/;
/** The last minute a match's clock reaches, stoppage time and extra time included. */
const MAX_MINUTE = 130;

/** Words before a length of minutes that make it a moment on the clock: "on 34 minutes", "after 34 minutes". */
const ON_THE_CLOCK = new Set(['on', 'after']);

/** The minute of play a figure names, if it names one: "34th-minute", "the 34th minute", "on 34 minutes". */
function minuteOf(text: AnalysedText, m: AnalysedMention): number | undefined {
  const t = text.tokens;
  if (m.m.value === null || !Number.isInteger(m.m.value) || m.m.bound !== undefined) return undefined;
  if (m.m.kind === 'ordinal') {
    const next = t[m.m.tokEnd]?.text === '-' ? t[m.m.tokEnd + 1] : t[m.m.tokEnd];
    if (next?.lower === 'minute' || next?.lower === 'minutes') return m.m.value;
    // "in the 69th and 79th minutes": the noun after the last of a pair of ordinals is each one's.
    const and = t[m.m.tokEnd];
    const other = t[m.m.tokEnd + 1];
    // The tokenizer splits "79th" into "79" and "th".
    const suffixed = other !== undefined && /^\d+$/.test(other.lower) && /^(?:st|nd|rd|th)$/.test(t[m.m.tokEnd + 2]?.lower ?? '') && !t[m.m.tokEnd + 2]!.spaced;
    return and?.lower === 'and' && suffixed && t[m.m.tokEnd + 3]?.lower === 'minutes' ? m.m.value : undefined;
  }
  if (m.family === 'dim:time' && m.m.unit === 'minute' && ON_THE_CLOCK.has(t[m.m.tokStart - 1]?.lower ?? '')) return m.m.value;
  // "Mata (40′, 60′)", "Kane 69'": a results table marks a goal's minute with a prime. Only a
  // whole number of a match's length, the mark right after it.
  const mark = t[m.m.tokEnd];
  if (m.m.kind === 'count' && mark !== undefined && !mark.spaced && PRIME.test(mark.text) && m.m.value >= 1 && m.m.value <= MAX_MINUTE) return m.m.value;
  // "MANCHESTER UNITED 4 (Rooney 2, Fletcher 49, Owen 96)": a result line's scorers, each with
  // the minute after the name.
  if (listedScorer(text, m) !== undefined) return m.m.value;
  // "12 minutes into the second half", "12 minutes after the break": the clock runs on from 45.
  if (m.family === 'dim:time' && m.m.unit === 'minute' && m.m.kind === 'duration') {
    const after = t.slice(m.m.tokEnd, m.m.tokEnd + 4).map((x) => x.lower).join(' ');
    if (/^(?:into the second half|after the (?:break|interval|restart)|into the second period)\b/.test(after)) return HALF + m.m.value;
    if (/^into the (?:first half|game|match|contest|tie)\b/.test(after)) return m.m.value;
    // "with 25 minutes of normal time remaining" is the 65th: counted back from the end of a
    // football match's 90. Only where "normal time" says the game is football's ninety minutes.
    if (/^of (?:normal|regulation) time (?:remaining|left|to go|to play)\b/.test(after)) return FULL_TIME - m.m.value;
    // "a deflected shot six minutes from time" is the 84th: "from time" is match reports' idiom
    // for before the final whistle of the ninety.
    if (/^from (?:time|full[- ]time)\b/.test(after)) return FULL_TIME - m.m.value;
  }
  return undefined;
}

/** The scorer a table gives a prime-marked minute: the name before the bracket it stands in ("Kane (7′ pen, 69′)"). */
function primedScorer(text: AnalysedText, m: AnalysedMention): string | undefined {
  const t = text.tokens;
  const mark = t[m.m.tokEnd];
  if (m.m.kind !== 'count' || mark === undefined || mark.spaced || !PRIME.test(mark.text)) return undefined;
  for (let k = m.m.tokStart - 1; k >= Math.max(0, m.m.tokStart - 12); k--) {
    if (t[k]?.text === ')' || t[k]?.text === '|') return undefined;
    if (t[k]?.text === '(') return /^\p{Lu}/u.test(t[k - 1]?.text ?? '') ? t[k - 1]!.lower : undefined;
  }
  return undefined;
}

/** Most scorers a result line's bracket lists before a minute: "(Rooney 2, Fletcher 49, Fletcher 80, Owen 96)". */
const MAX_LISTED = 12;

/**
 * The scorer of a minute in a result line's bracket, "TEAM 4 (Rooney 2, Fletcher 49, Owen 96)":
 * a whole number of a match's length right after a capitalised name, in a bracket that opens
 * after the team's goals and holds only names, minutes and commas.
 */
function listedScorer(text: AnalysedText, m: AnalysedMention): string | undefined {
  const t = text.tokens;
  if (m.m.kind !== 'count' || m.m.value === null || !Number.isInteger(m.m.value) || m.m.value < 1 || m.m.value > MAX_MINUTE || m.m.tokEnd !== m.m.tokStart + 1) return undefined;
  const name = t[m.m.tokStart - 1];
  if (!name || name.type !== 'word' || !/^\p{Lu}/u.test(name.text)) return undefined;
  if (!/^[,)]$/.test(t[m.m.tokEnd]?.text ?? '')) return undefined;
  for (let k = m.m.tokStart - 2; k >= Math.max(0, m.m.tokStart - 4 * MAX_LISTED); k--) {
    const x = t[k]!;
    if (x.text === '(') return t[k - 1]?.type === 'num' ? name.lower : undefined;
    if (!(x.text === ',' || x.type === 'num' || (x.type === 'word' && /^\p{Lu}/u.test(x.text)) || /^(?:pen|og)$/.test(x.lower))) return undefined;
  }
  return undefined;
}

export const matchMinute: VerdictRule = {
  name: 'matchMinute',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const minute = minuteOf(draft, a);
    if (minute === undefined) return null;
    const ordinal = a.m.kind === 'ordinal';
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si]!;
      for (const s of src.analysis.mentions) {
        // The other wording only: the same wording is the ordinary rules' to match.
        if (((s.m.kind === 'ordinal') === ordinal && s.m.value === a.m.value) || minuteOf(src.analysis, s) !== minute) continue;
        // A table's "Kane (7′ pen, 69′, 79′)" has no words around its minutes but the scorer's
        // name: the draft's sentence must name him.
        const listed = listedScorer(src.analysis, s);
        const scorer = listed ?? primedScorer(src.analysis, s);
        if (scorer !== undefined ? !sentenceSays(draft, a, (w) => w === scorer) : frameMatch(a.frame, s.frame).context <= 0) continue;
        // A table's minute with its prime ("69′"), a result line's with its scorer ("Owen 96").
        const said = listed !== undefined ? src.analysis.text.slice(src.analysis.tokens[s.m.tokStart - 1]!.start, s.m.end)
          : src.analysis.text.slice(s.m.start, scorer !== undefined ? src.analysis.tokens[s.m.tokEnd]!.end : s.m.end);
        return claimOf(draft, a, 'supported', `Source: '${short(said)}', the same minute of play${minute === a.m.value ? '' : ` (minute ${minute})`}. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: si, a: s })], published);
      }
    }
    return null;
  },
};
