// "call 101, or Crimestoppers anonymously on 0800 555 111", "ring 999": a telephone number is no
// figure, nor a run of its digit groups; a source's "555" must not meet a draft's count. Dropped:
// a number dialled ("call", "ring", "dial", "phone", "text", "contact", optionally "on", or
// "contact police on 101"), and the digit groups of a number that opens on a nought ("0800 555
// 111", "020 7946 0958", "01733 211005").
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Verbs a telephone number follows. */
const DIAL = new Set(['call', 'calling', 'ring', 'ringing', 'dial', 'dialling', 'dialing', 'phone', 'phoning', 'text', 'texting', 'telephone', 'contact', 'contacting']);

/** Words a dialled number may be followed by: "call 101 or …", "ring 999 for …". */
const NOT_NOUNS = new Set(['or', 'and', 'if', 'for', 'in', 'on', 'at', 'from', 'with', 'to', 'anonymously', 'free', 'quoting']);

export const phoneNumbers: MentionRefiner = {
  name: 'phoneNumbers',
  refine({ tokens }, mentions) {
    const dropped = new Set<RawMention>();
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      const first = tokens[m.tokStart];
      if (m.kind !== 'count' || first?.type !== 'num' || m.unit !== undefined || m.tokEnd !== m.tokStart + 1) continue;
      const before = tokens[m.tokStart - 1]?.lower === 'on' ? m.tokStart - 2 : m.tokStart - 1;
      // Not a count the verb takes ("will call 300 residents"): no noun after a dialled number.
      const after = tokens[m.tokEnd];
      // "contact police on 101", "call Pat Woodroffe on 01733 211005": the verb a few words before "on".
      const onAfterVerb = tokens[m.tokStart - 1]?.lower === 'on' && [2, 3, 4].some((d) => DIAL.has(tokens[m.tokStart - d]?.lower ?? ''));
      const dialled = (DIAL.has(tokens[before]?.lower ?? '') || onAfterVerb) && /^\d{3,}$/.test(first.text) && (after === undefined || after.type !== 'word' || NOT_NOUNS.has(after.lower));
      // A number opening on a nought, its groups following with a space or a hyphen between.
      const grouped = /^0\d{2,4}$/.test(first.text) && /^\d{3,6}$/.test(tokens[m.tokStart + 1]?.text ?? '') && tokens[m.tokStart + 1]?.spaced === true;
      if (!dialled && !grouped) continue;
      dropped.add(m);
      // Its further groups: "0800 [555] [111]".
      for (let n = k + 1; n < mentions.length; n++) {
        const next = mentions[n]!;
        const t = tokens[next.tokStart];
        if (next.tokStart !== mentions[n - 1]!.tokEnd || t?.type !== 'num' || !/^\d{3,6}$/.test(t.text) || next.kind !== 'count') break;
        dropped.add(next);
        k = n;
      }
    }
    return dropped.size === 0 ? mentions : mentions.filter((m) => !dropped.has(m));
  },
};
