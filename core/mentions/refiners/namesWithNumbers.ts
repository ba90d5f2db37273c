// A number inside a name is not a figure: "World War Two", "Formula One", "Channel 5", "Six Nations",
// "Windows 11", "Type 22 frigates", "FTSE 100". Newsroom style capitalises a proper name's every
// word, so a capitalised word right before a number (not at the start of a sentence, not a
// function word) makes the number part of the name. Lower-cased copy (wire headlines, some feeds)
// loses that signal, so a few heads that only ever take a number as part of a name are also known.
import { isStopword } from '../../frames/lexicon.ts';
import type { Token } from '../../text/tokenize.ts';
import { nameHeadBefore } from '../nameHeads.ts';
import { MONTHS, WEEKDAYS } from '../dateWords.ts';
import type { RawMention } from '../scanMentions.ts';
import { isCapitalised, opensSentence, tokenAt, type MentionRefiner } from './refiner.ts';


/** Names that open with a number word, known so that lower-cased copy reads them as names too. */
const NUMBER_FIRST_NAMES = new Set(['six nations', 'five nations', 'four nations', 'three lions']);

/** Capitalised words that begin phrases rather than names: hedges, titles of quantity. */
const NOT_NAMES = new Set(['top', 'about', 'around', 'over', 'under', 'nearly', 'almost', 'some', 'only', 'just', 'all', 'no', 'aged', 'age', 'ages', 'number', 'no.']);

/**
 * A possessive owns the figure rather than naming it: "Holloway's 99,654" is Holloway's vote
 * count, not a name like "Channel 5", however capitalised the owner.
 */
function possessive(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (/['’]s$/i.test(prev.text) || /['’]$/.test(prev.text)) return true;
  return prev.lower === 's' && /^['’]$/.test(tokens[i - 2]?.text ?? '');
}

/**
 * Verbs that take a person and then an amount ("It took McIlroy 14 holes", "cost Smith three
 * points", "gave Jones 10 days"): a name after one of them is the first object, and the figure
 * is the second, never part of the name.
 */
const DOUBLE_OBJECT_VERBS = new Set(['took', 'take', 'takes', 'taking', 'gave', 'give', 'gives', 'giving', 'cost', 'costs', 'costing',
  'earned', 'earns', 'earning', 'handed', 'hands', 'owes', 'owed', 'paid', 'pays', 'offered', 'offers', 'left', 'leaves', 'sent', 'lent', 'won', 'wins']);

/** Lower-case words a gapped figure's name may carry before it: ", independent Fiona Syms 164". */
const DESCRIPTION_WORDS = 2;

/**
 * Whether the name before the number at token `i` is the first object of a verb that takes an
 * amount after it: "It took McIlroy 14 holes", "gave the Lib Dems 686 votes" (the whole name,
 * and its "the", between the verb and the figure).
 */
function doubleObject(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && isCapitalised(tokens[k - 1]) && tokens[k - 1]!.type === 'word' && !opensSentence(tokens, k - 1)) k--;
  if (tokens[k - 1]?.lower === 'the') k--;
  return DOUBLE_OBJECT_VERBS.has(tokens[k - 1]?.lower ?? '');
}

/** Tokens back from a gapped figure's name to the figure it follows: "made [56 and Samiullah] Shenwari 47". */
const GAP_REACH = 5;

/**
 * Whether the number at token `i` closes a gapped clause: its name run opens after "and" or a
 * comma, a number stands shortly before that, and nothing but punctuation or a clause word follows.
 */
function gappedFigure(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && isCapitalised(tokens[k - 1]) && !opensSentence(tokens, k - 1)) k--;
  // A name of two words opens a list after its colon: "as follows: Fine Gael 50, Fianna Fáil 44".
  if (k > 1 && isCapitalised(tokens[k - 1]) && tokens[k - 2]?.text === ':') k--;
  // A ranking may title the name: "… and No. 1 Sinner 193".
  const ranked = tokens[k - 1]?.type === 'num' ? (tokens[k - 2]?.text === '.' ? k - 3 : k - 2) : -1;
  if (ranked >= 0 && /^no$/i.test(tokens[ranked]?.text ?? '')) k = ranked;
  // The name may carry a lower-case description, or come after the one the figure is told of:
  // ", independent Fiona Syms 164", ", Dominic Stockford of the Christian Peoples Alliance 173".
  for (let skipped = 0; skipped < DESCRIPTION_WORDS && tokens[k - 1]?.type === 'word' && /^\p{Ll}+$/u.test(tokens[k - 1]!.text) && !/^(?:and|of|the)$/.test(tokens[k - 1]!.lower); skipped++) k--;
  if (tokens[k - 1]?.lower === 'of' || (tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.lower === 'of')) {
    k -= tokens[k - 1]?.lower === 'of' ? 1 : 2;
    while (k > 0 && isCapitalised(tokens[k - 1]) && !opensSentence(tokens, k - 1)) k--;
  }
  const join = tokens[k - 1];
  // A tally's first item after a colon, a list of names and figures following: "Voting was: LD
  // 686, C 493, Green 67".
  if (join?.text === ':' && tokens[i + 1]?.text === ',' && isCapitalised(tokens[i + 2]) && tokens.slice(i + 3, i + 6).some((t) => t.type === 'num')) return true;
  if (!join || (join.lower !== 'and' && join.text !== ',')) return false;
  const next = tokens[i + 1];
  if (next && !(next.type === 'word' ? /^(?:as|and|while|with|to|before|after|for)$/.test(next.lower) : /^[.,;]$/.test(next.text))) return false;
  for (let b = k - 2; b >= Math.max(0, k - 2 - GAP_REACH); b--) {
    const t = tokens[b]!;
    if (t.type === 'sym' && /^[.;:!?]$/.test(t.text)) return false;
    if (t.type === 'num') return true;
  }
  return false;
}

/** Tokens back from a scorecard entry to the bracket its list opens with. */
const SCORECARD_REACH = 16;

/**
 * Whether the number at token `i` is a player's figure in a scorecard: inside brackets that open
 * right after a total ("284 (Bairstow 106; …", "378-3 (Root 142*, …"), ended by a mark of the
 * list or "*" for not out.
 */
function scorecardEntry(tokens: readonly Token[], i: number): boolean {
  if (!/^[*,;)]$/.test(tokens[i + 1]?.text ?? '')) return false;
  for (let k = i - 2; k >= Math.max(0, i - SCORECARD_REACH); k--) {
    const t = tokens[k]!;
    if (t.text === ')' || /^[.!?:]$/.test(t.text) || t.text.includes('\n')) return false;
    if (t.text === '(') return tokens[k - 1]?.type === 'num';
  }
  return false;
}

/** Whether the text writes `word`, capitalised, before a number somewhere other than at a sentence's start. */
function namesNumbersMidSentence(tokens: readonly Token[], word: string): boolean {
  return tokens.some((t, k) => t.text === word && tokens[k + 1]?.type === 'num' && !opensSentence(tokens, k));
}


export const namesWithNumbers: MentionRefiner = {
  name: 'namesWithNumbers',
  refine({ text, tokens }, mentions) {
    const variantsTaken = new Set<number>();
    return mentions.map((m): RawMention => {
      // "the Second World War" is a name, as "World War Two" is: its number says which war, and
      // it is filed as that name ("War 2") so either wording meets the other.
      if (m.kind === 'ordinal' && m.code === undefined && m.value !== null && tokens[m.tokEnd]?.lower === 'world' && /^wars?$/.test(tokens[m.tokEnd + 1]?.lower ?? '')) {
        return { ...m, kind: 'count', end: tokens[m.tokEnd + 1]!.end, code: `War ${m.value}` };
      }
      if (m.kind !== 'count' || m.code !== undefined || m.bound !== undefined || m.high !== undefined || m.parts?.scale || m.parts?.currency) return m;
      const i = tokenAt(tokens, m.start);
      if (i !== m.tokStart || m.tokEnd - m.tokStart !== 1) return m;
      const num = tokens[i];
      const prev = tokens[i - 1];
      // "the Six Nations", "the Three Lions": a capitalised number word inside a sentence that
      // opens a run of capitalised words is the first word of a name.
      // Not a clock time ("the Ten O'Clock News" keeps its ten o'clock). Lower-cased copy ("the
      // six nations") loses the capitals, so the few such names of sport are also known.
      const after = tokens[i + 1];
      const named = (isCapitalised(num) && !opensSentence(tokens, i) && isCapitalised(after) && !/^o['’]?clock$/i.test(after!.text.replace(/\s/g, '')))
        || (after !== undefined && NUMBER_FIRST_NAMES.has(`${num?.lower} ${after.lower}`));
      if (num && num.type === 'word' && after && named && after.spaced !== false
        && MONTHS[after.lower] === undefined && WEEKDAYS[after.lower] === undefined) {
        return { ...m, end: after.end, code: text.slice(num.start, after.end) };
      }
      // "the par-five 18th": a hole's par names the hole, as "the par-5 18th" does in digits.
      const dashBefore = tokens[i - 1];
      if (num && num.type === 'word' && dashBefore && /^[-‑]$/.test(dashBefore.text) && !dashBefore.spaced && !num.spaced && tokens[i - 2]?.lower === 'par') {
        return { ...m, start: tokens[i - 2]!.start, code: text.slice(tokens[i - 2]!.start, num.end) };
      }
      // A team line-up's shirt numbers: "15-Stuart Hogg; 14-Tommy Seymour, 3-Zander Fagerson".
      const dash = tokens[i + 1];
      const player = tokens[i + 2];
      if (num && num.type === 'num' && dash && /^[-‑]$/.test(dash.text) && dash.spaced === false && player?.spaced === false && isCapitalised(player)
        && MONTHS[player.lower] === undefined && WEEKDAYS[player.lower] === undefined) {
        return { ...m, end: player.end, code: text.slice(num.start, player.end) };
      }
      if (!num || !prev || prev.type !== 'word' || num.spaced === false) return m;
      // A name never runs over a line break: "… and 294 Missing\nFour people are confirmed dead"
      // is a headline's last word and the story's first.
      if (text.slice(prev.end, num.start).includes('\n')) return m;
      const byHead = nameHeadBefore(tokens, i);
      // A sentence's first word is capitalised anyway; it names the number when the text writes
      // the same word before a number mid-sentence too ("In Place 5, …" then "Place 4 is headed
      // to a runoff").
      const byCapital = isCapitalised(prev) && (!opensSentence(tokens, i - 1) || namesNumbersMidSentence(tokens, prev.text)) && !isStopword(prev.lower) && !NOT_NAMES.has(prev.lower)
        && MONTHS[prev.lower] === undefined && WEEKDAYS[prev.lower] === undefined
        && (num.type === 'num' ? Number.isInteger(m.value) : isCapitalised(num))
        && !doubleObject(tokens, i)
        // "led England 31 times", "capped Wales 16 times": how often, after the verb's object.
        && !/^times?$/.test(tokens[i + 1]?.lower ?? '');
      if ((!byHead && !byCapital) || possessive(tokens, i)) return m;
      // "Shahzad made 56 and Samiullah Shenwari 47": a figure of a list whose verb is left out
      // after the first ("and … 47" for "and Shenwari made 47") is the named person's, no name.
      if (!byHead && gappedFigure(tokens, i)) {
        const given = tokens[i - 2];
        const hasGiven = given !== undefined && isCapitalised(given) && !opensSentence(tokens, i - 2);
        return { ...m, owner: prev.lower, ...(hasGiven ? { ownerGiven: given.lower } : {}) };
      }
      // A scorecard's innings: "284 (Bairstow 106; Siraj 4-66)", "378-3 (Root 142*, Bairstow 114*)":
      // in brackets after a total, each name's figure is that player's, no name.
      if (!byHead && scorecardEntry(tokens, i)) return { ...m, owner: prev.lower };
      // "a Boeing 767-300": a model's variant, hyphened on, is part of its name.
      const variant = tokens[i + 1]?.text === '-' && !tokens[i + 1]!.spaced && tokens[i + 2]?.type === 'num' && !tokens[i + 2]!.spaced ? tokens[i + 2]! : undefined;
      if (variant) variantsTaken.add(variant.start);
      return { ...m, start: prev.start, end: (variant ?? num).end, code: text.slice(prev.start, (variant ?? num).end) };
    }).filter((m) => !variantsTaken.has(m.start) || m.code !== undefined);
  },
};
