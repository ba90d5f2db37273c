// "Max Verstappen completed the podium", "rounding out the podium": motor-racing and athletics
// copy says a competitor completed the podium for third place, the last of its three steps. A
// source's phrase states the rank a draft gives as "finished third". Implied only: a draft's
// "completed the podium" is the writer's phrase, no figure to check.
import type { RawMention } from '../scanMentions.ts';
import { addImpliedOrdinal, type MentionRefiner } from './refiner.ts';

/** Verbs that put a competitor on the podium's last step: "completed", "rounded out". */
const COMPLETE = /^(?:complete|completed|completes|completing|rounded|rounding|rounds)$/;

export const podiumAsThird: MentionRefiner = {
  name: 'podiumAsThird',
  refine({ tokens }, mentions) {
    const out: RawMention[] = [...mentions];
    let added = false;
    for (let i = 0; i < tokens.length - 2; i++) {
      const verb = tokens[i]!;
      if (!COMPLETE.test(verb.lower)) continue;
      // "rounded out the podium": the particle is part of the verb.
      const the = /^round/.test(verb.lower) && tokens[i + 1]?.lower === 'out' ? i + 2 : i + 1;
      if (tokens[the]?.lower !== 'the' || !/^podium$/.test(tokens[the + 1]?.lower ?? '')) continue;
      // The place is the named competitor's: "… while Max Verstappen completed the podium".
      const name = tokens[i - 1];
      const owner = name && /^\p{Lu}\p{Ll}+$/u.test(name.text) ? name.lower : undefined;
      added = addImpliedOrdinal(out, tokens, i, the + 2, 3, owner) || added;
    }
    return added ? out.sort((x, y) => x.start - y.start) : mentions;
  },
};
