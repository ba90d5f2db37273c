// The minute of a match, told two ways: "a 34th-minute opener" and "in the net on 34 minutes"
// (or from the restart: "12 minutes into the second half" is the 57th).
// Match reports give a moment of play as an ordinal minute or as the time on the clock ("on",
// "after" N minutes); newsroom style treats the two as one moment. An ordinal minute is supported
// by a source's clock time of the same value, and the other way round, when the words around
// both meet: a report has many minutes, each its own goal or card.
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import { frameMatch } from '../../frames/frameOf.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

/** Minutes in a football half: the second half's clock starts from it. */
const HALF = 45;
/** Minutes in a football match's normal time: the time remaining counts back from it. */
const FULL_TIME = 90;

/** Words before a length of minutes that make it a moment on the clock: "on 34 minutes", "after 34 minutes". */
const ON_THE_CLOCK = new Set(['on', 'after']);

/** The minute of play a figure names, if it names one: "34th-minute", "the 34th minute", "on 34 minutes". */
function minuteOf(text: AnalysedText, m: AnalysedMention): number | undefined {
  const t = text.tokens;
  if (m.m.value === null || !Number.isInteger(m.m.value) || m.m.bound !== undefined) return undefined;
  if (m.m.kind === 'ordinal') {
    const next = t[m.m.tokEnd]?.text === '-' ? t[m.m.tokEnd + 1] : t[m.m.tokEnd];
    return next?.lower === 'minute' ? m.m.value : undefined;
  }
  if (m.family === 'dim:time' && m.m.unit === 'minute' && ON_THE_CLOCK.has(t[m.m.tokStart - 1]?.lower ?? '')) return m.m.value;
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
        if (frameMatch(a.frame, s.frame).context <= 0) continue;
        const said = src.analysis.text.slice(s.m.start, s.m.end);
        return claimOf(draft, a, 'supported', `Source: '${short(said)}', the same minute of play${minute === a.m.value ? '' : ` (minute ${minute})`}. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: si, a: s })], published);
      }
    }
    return null;
  },
};
