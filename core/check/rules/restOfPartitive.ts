// "Only 41 of the 57 peak-time trains ran" where the source has "Sixteen of the 57 trains … were
// cancelled": copy often tells the other part of a whole the source split in two. A draft part of
// a whole is supported as derived when a source part of the same whole, in a sentence telling the
// same passage, adds up with it to the whole exactly; each part is the other's rest. The outcome
// words are the writer's to turn round ("ran" for "not cancelled"), which no count can check, so
// the arithmetic must be exact and the passage shared. So is a part the draft gives beside its own
// other part, of a whole a source states ("with six councils still to report, meaning 26 of the 32
// had declared").
import { wholeOfPart } from '../../frames/partitiveWhole.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { SHARED_EVENT_WORDS, sharedWordsWith } from '../sharedWords.ts';
import { mentionsBefore } from '../sentenceMentions.ts';

export const restOfPartitive: VerdictRule = {
  name: 'restOfPartitive',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.value === null || a.m.bound !== undefined) return null;
    const whole = wholeOfPart(draft.tokens, a.m.tokEnd);
    if (whole === undefined || whole <= a.m.value) return null;
    // "with six councils still to report, meaning 26 of the 32 had declared": the other part is
    // the draft's own, earlier in the sentence, and the whole one a source states.
    const own = mentionsBefore(draft, a).find((p) => p.family === 'count' && p.m.value !== null && p.m.bound === undefined && p.m.high === undefined && p.m.value + a.m.value! === whole);
    const stated = own && (data.byValue.get('count') ?? []).find((e) => e.a.base === whole && e.a.m.bound === undefined);
    if (own && stated) {
      return claimOf(draft, a, 'supported', `Derived: ${whole} less the draft's own '${short(draft.text.slice(own.m.start, own.m.end))}' leaves ${whole - own.m.value!}. Draft: '${short(dText)}'.`, [evidenceOf(data, stated)], published);
    }
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si]!.analysis;
      for (const s of src.mentions) {
        if (s.family !== 'count' || s.m.value === null || s.m.bound !== undefined || s.m.value + a.m.value !== whole) continue;
        if (wholeOfPart(src.tokens, s.m.tokEnd) !== whole || sharedWordsWith(draft, a, src, s.sentence) < SHARED_EVENT_WORDS) continue;
        return claimOf(draft, a, 'supported', `Derived: the source's '${short(src.text.slice(s.m.start, s.m.end))}' of ${whole} leaves ${whole - s.m.value}. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: si, a: s })], published);
      }
    }
    return null;
  },
};
