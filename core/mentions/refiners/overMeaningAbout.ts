// "Over" is a hedge ("over 50 people") only where it bounds a figure. After words of dispute,
// feeling or reckoning ("back down over three laws", "a row over two payments", "concern over
// 12 deaths") it means "about", and after a noun of victory ("home wins over two Premier League
// clubs", "a victory over three rivals") it means "against"; after a verb whose particle it is
// ("pored over 53 hours of footage") it is no bound either, nor before a race distance ("the
// records over 1500m"), nor before the period an amount was counted over ("£2.1m over two
// years"), nor after wounds ("burns over 8 percent of her body"), nor before a year ("rose 4%
// over 2019"): in every case the figure is exact.
// Only the nouns: "won over 50 votes" is a bound.
import type { RawMention } from '../scanMentions.ts';
import { opensSentence, tokenAt, type MentionRefiner } from './refiner.ts';

/** Words after which "over" means "concerning" or "against". */
const CONCERNING = new Set(['down', 'row', 'rows', 'dispute', 'disputes', 'concern', 'concerns', 'fears', 'fear', 'anger',
  'outrage', 'talks', 'fight', 'fighting', 'clash', 'clashes', 'battle', 'probe', 'inquiry', 'investigation', 'questions',
  'criticism', 'criticised', 'protest', 'protests', 'protested', 'worries', 'worried', 'split', 'feud', 'standoff', 'stand-off',
  'sued', 'suing', 'arrested', 'charged', 'jailed', 'fined', 'sacked', 'resigned', 'apologised', 'apologized', 'furore',
  'win', 'wins', 'victory', 'victories', 'triumph', 'triumphs',
  // Verbs that take "over" as their particle: "pored over 53 hours of footage", "presided over 12 trials".
  'pored', 'pore', 'pores', 'poring', 'presided', 'presides', 'presiding', 'mulled', 'agonised', 'agonized', 'fretted', 'wrangled',
  'haggled', 'squabbled', 'deliberated', 'puzzled', 'obsessed', 'obsessing',
  // Verbs of extent: "a run stretching over nine years", "spanning over three decades".
  'stretching', 'stretched', 'stretches', 'spanning', 'spanned',
  // Wounds over the part of a body they cover: "burns over 8 percent of her body" (US casualty copy).
  'burns', 'burned', 'burnt', 'bruises', 'bruising']);

/**
 * Words after which "over" + a race distance names the race: "the Scottish records over 1500m",
 * "winning over 800m", "his best time over 400m". Athletics copy writes a distance this way
 * every day; the figure is the race's, exact.
 */
const RACE_WORDS = new Set(['record', 'records', 'winning', 'won', 'win', 'wins', 'victory', 'best', 'time', 'times', 'fastest',
  'champion', 'title', 'titles', 'race', 'races', 'racing', 'raced', 'ran', 'run', 'runs', 'running', 'gold', 'silver', 'bronze', 'medal']);
/** Distances in metres that are races: the sprints to 10,000m. */
const RACE_METRES = new Set([60, 100, 110, 200, 300, 400, 600, 800, 1000, 1500, 2000, 3000, 5000, 10000]);

/** Words after a length of time that date the span it covers: "over two days in April", "over three days last week". */
const SPAN_DATED = /^(?:during|between|last|this|earlier)$/;
/** What "in" must open to date the span: a month or a year ("in April", "in 2019"), not a place ("in Australia's most populous state"). */
const DATE_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})$/;

/** Forms of "take", whose particle "over" makes "take over" (acquire): "to take over 250 hectares". */
const TAKE = /^(?:take|takes|took|taken|taking)$/;

/** Words from an amount to "over" that say what it is of: "500 [terawatt hours of electricity] over". */
const OF_WHAT_REACH = 5;
/** Reach back from "over" to a dispute told with its other side between: "its row with the European Union over". */
const PARTY_REACH = 6;

/** "its row with the European Union over three policies", "a dispute between the clubs over two players". */
function disputeWith(tokens: Parameters<MentionRefiner['refine']>[0]['tokens'], over: number): boolean {
  for (let k = over - 2; k >= Math.max(0, over - PARTY_REACH); k--) {
    const t = tokens[k];
    if (!t || t.type !== 'word') return false;
    if (/^(?:with|between|against)$/.test(t.lower)) return CONCERNING.has(tokens[k - 1]?.lower ?? '');
  }
  return false;
}

export const overMeaningAbout: MentionRefiner = {
  name: 'overMeaningAbout',
  refine({ tokens }, mentions) {
    return mentions.map((m): RawMention => {
      if (m.bound !== 'more-than') return m;
      const i = tokenAt(tokens, m.start);
      const before = tokens[i - 1]?.lower ?? '';
      const race = m.unit === 'm' && m.value !== null && RACE_METRES.has(m.value) && RACE_WORDS.has(before);
      // "paid it more than £2.1m over two years", "40 goals over three seasons": a length of time
      // after an amount is the period it was counted over.
      // So with what the amount is of between ("500 terawatt hours of electricity over 1.1m
      // generation hours"), and a count of hours, days or years ("1.1m generation hours").
      const ofWhat = (end: number): boolean => end < i && i - end <= OF_WHAT_REACH && tokens.slice(end, i).every((t) => t.type === 'word') && tokens.slice(end, i).some((t) => t.lower === 'of');
      const prev = mentions.find((p) => p !== m && (p.tokEnd === i || (p.tokEnd === i - 1 && /^\p{Ll}+s$/u.test(tokens[i - 1]?.text ?? '')) || ofWhat(p.tokEnd)));
      const timeCount = m.kind === 'count' && [tokens[m.tokEnd], tokens[m.tokEnd + 1]].some((t) => /^(?:years|months|weeks|days|hours)$/.test(t?.lower ?? ''));
      const period = (m.kind === 'duration' || timeCount) && prev !== undefined && prev.kind !== 'duration' && prev.kind !== 'date' && prev.kind !== 'year';
      // "prices rose 4% over 2019": a year is a span of time the change ran over, never a bound.
      const overYear = m.kind === 'year';
      // "talked his way into homes over two days in April": a length of time the clause dates
      // ("in April", "last week") is the span it happened over; so is one that opens the sentence
      // before its clause ("Over three decades[,] the programme flew 135 missions"), where "Over 30
      // years have passed" makes the length the subject, and a bound.
      const after = tokens[m.tokEnd];
      const dated = SPAN_DATED.test(after?.lower ?? '') || (after?.lower === 'in' && DATE_WORD.test(tokens[m.tokEnd + 1]?.text ?? ''));
      const spanned = m.kind === 'duration' && (dated
        || (opensSentence(tokens, i) && (after?.text === ',' || /^(?:the|a|an|its|his|her|their|this|it|he|she|they|we)$/.test(after?.lower ?? ''))));
      // "leads the head-to-head 11-8 over 19 matches": after a record, the matches it was made over.
      const overRecord = mentions.some((p) => p.kind === 'score' && p.tokEnd === i);
      // "the request to take over 250 hectares of common land", "took over 30 stores": "take over"
      // is a verb of its own; "it took over two hours" still bounds a length of time.
      const takeOver = TAKE.test(before) && m.kind !== 'duration' && !timeCount;
      if (tokens[i]?.lower !== 'over' || !(CONCERNING.has(before) || disputeWith(tokens, i) || race || period || overYear || spanned || overRecord || takeOver)) return m;
      const { bound: _bound, ...rest } = m;
      const figure = tokens[m.tokStart];
      return { ...rest, start: figure?.start ?? m.start };
    });
  },
};
