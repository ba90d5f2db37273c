// "First" as an adverb states no count: "when it first opened", "was first reported", "first
// came to power". Only "first" before a noun ("the first branch") ranks something. It is read as
// an adverb when a verb follows it or an auxiliary or subject pronoun stands right before it.
import { tokenAt, type MentionRefiner } from './refiner.ts';

const BEFORE = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'who', 'which', 'that']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'sit', 'sits', 'lie', 'lies', 'remain', 'remains', 'stay', 'stays']);
/** What may follow a place "first" at the end of its clause: "are first and …", "sit first in the table". */
const PLACE_ENDS = new Set(['and', ',', '.', ';', 'in', 'on', 'with', 'overall', '']);
const IRREGULAR = new Set(['began', 'became', 'came', 'went', 'met', 'took', 'made', 'won', 'saw', 'set', 'rose', 'fell', 'ran', 'broke', 'spoke', 'wrote', 'found', 'heard', 'told', 'said', 'told', 'got', 'gave', 'left', 'built', 'brought', 'thought', 'sold', 'became', 'come', 'go', 'see', 'meet', 'appear', 'open', 'emerge']);

export const adverbialFirst: MentionRefiner = {
  name: 'adverbialFirst',
  refine({ tokens }, mentions) {
    return mentions.filter((m) => {
      if (m.kind !== 'ordinal' || m.value !== 1 || !m.words) return true;
      const i = tokenAt(tokens, m.start);
      if (tokens[i]?.lower !== 'first' || m.tokEnd !== i + 1) return true;
      const next = tokens[m.tokEnd]?.lower ?? '';
      const prev = tokens[i - 1]?.lower ?? '';
      // "the Warriors are first and the Blues are 10th in the table": after a copula, "first" that
      // ends its clause is a place, not how something was done.
      if (COPULAS.has(prev) && PLACE_ENDS.has(next)) return true;
      return !(BEFORE.has(prev) || /[^e]ed$|[^e]eed$|ied$|[a-z]{3,}ed$/.test(next) || IRREGULAR.has(next));
    });
  },
};
