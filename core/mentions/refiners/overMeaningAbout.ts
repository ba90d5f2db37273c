// "Over" is a hedge ("over 50 people") only where it bounds a figure. After words of dispute,
// feeling or reckoning ("back down over three laws", "a row over two payments", "concern over
// 12 deaths") it means "about", and after a noun of victory ("home wins over two Premier League
// clubs", "a victory over three rivals") it means "against": either way the figure is exact.
// Only the nouns: "won over 50 votes" is a bound.
import type { RawMention } from '../scanMentions.ts';
import { tokenAt, type MentionRefiner } from './refiner.ts';

/** Words after which "over" means "concerning" or "against". */
const CONCERNING = new Set(['down', 'row', 'rows', 'dispute', 'disputes', 'concern', 'concerns', 'fears', 'fear', 'anger',
  'outrage', 'talks', 'fight', 'fighting', 'clash', 'clashes', 'battle', 'probe', 'inquiry', 'investigation', 'questions',
  'criticism', 'criticised', 'protest', 'protests', 'protested', 'worries', 'worried', 'split', 'feud', 'standoff', 'stand-off',
  'sued', 'suing', 'arrested', 'charged', 'jailed', 'fined', 'sacked', 'resigned', 'apologised', 'apologized', 'furore',
  'win', 'wins', 'victory', 'victories', 'triumph', 'triumphs']);

export const overMeaningAbout: MentionRefiner = {
  name: 'overMeaningAbout',
  refine({ tokens }, mentions) {
    return mentions.map((m): RawMention => {
      if (m.bound !== 'more-than') return m;
      const i = tokenAt(tokens, m.start);
      if (tokens[i]?.lower !== 'over' || !CONCERNING.has(tokens[i - 1]?.lower ?? '')) return m;
      const { bound: _bound, ...rest } = m;
      const figure = tokens[m.tokStart];
      return { ...rest, start: figure?.start ?? m.start };
    });
  },
};
