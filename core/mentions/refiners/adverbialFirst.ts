// "First" as an adverb states no count: "when it first opened", "was first reported", "first
// came to power". Only "first" before a noun ("the first branch") ranks something. It is read as
// an adverb when a verb follows it or an auxiliary or subject pronoun stands right before it.
import { tokenAt, type MentionRefiner } from './refiner.ts';

const BEFORE = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'who', 'which', 'that']);
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
      return !(BEFORE.has(prev) || /[^e]ed$|[^e]eed$|ied$|[a-z]{3,}ed$/.test(next) || IRREGULAR.has(next));
    });
  },
};
