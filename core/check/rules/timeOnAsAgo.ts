// "Five years on, the 27-year-old goes into Wednesday's game" where the source has "Bueno played
// for Derby on loan five years ago": a length of time with "on" that opens a sentence is the time
// since the event the story has just told, which the source dates as that long ago. Supported when
// the words around both meet; the duration reading stays, so "One year on" still meets a source's
// "one-year anniversary". So "… 25 years on." closing a sentence, and "five years earlier",
// counted back from the story's own time.
import { frameMatch } from '../../frames/frameOf.ts';
import { SHARED_EVENT_WORDS, sharedWords } from '../sharedWords.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

export const timeOnAsAgo: VerdictRule = {
  name: 'timeOnAsAgo',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.m.kind !== 'duration' || a.m.value === null || a.m.bound !== undefined || a.m.high !== undefined) return null;
    const t = draft.tokens;
    const before = t[a.m.tokStart - 1];
    const opening = t[a.m.tokEnd]?.lower === 'on' && t[a.m.tokEnd + 1]?.text === ',' && (before === undefined || /^[.!?\n]$/.test(before.text));
    // "Their empty frames still hang in the museum 25 years on." and "… 25 years on from the
    // theft": closing its sentence, or with "from", "on" can only count time since the event.
    const closing = t[a.m.tokEnd]?.lower === 'on' && (t[a.m.tokEnd + 1] === undefined || /^(?:[.!?;\n]|from)$/.test(t[a.m.tokEnd + 1]!.lower));
    const timeOn = opening || closing;
    // "the 3,270 they drew in League Two five years earlier" for "in League Two just five years
    // ago": the draft counts back from its own time, which is the story's now.
    const earlier = t[a.m.tokEnd]?.lower === 'earlier';
    if (!timeOn && !earlier) return null;
    for (const [sourceIndex, src] of data.sources.entries()) {
      for (const s of src.analysis.mentions) {
        const ago = s.m.date?.ago;
        if (ago?.amount !== a.m.value || ago.unit !== a.m.unit) continue;
        // The event is the one just told: the source's sentence meets the draft's sentence or the one before it.
        if (frameMatch(a.frame, s.frame).context <= 0 && sharedWords(draft, a, src.analysis, s) < SHARED_EVENT_WORDS) continue;
        return claimOf(draft, a, 'supported', `Source: '${short(src.analysis.text.slice(s.m.start, s.m.end))}'. Draft: '${short(dText)} ${earlier ? 'earlier' : 'on'}', the time since.`, [evidenceOf(data, { sourceIndex, a: s })], published);
      }
    }
    return null;
  },
};
