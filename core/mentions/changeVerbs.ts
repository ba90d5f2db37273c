// Verbs of change ("rose", "fell", "doubled"): before "from X to Y" they make X the value before
// and Y the value after, two quantities, never a range (scanMentions) nor one another's support or
// contradiction (core/check/changeRole.ts).
import type { Token } from '../text/tokenize.ts';

/**
 * "sank to £166m", "plummeting from £543m … to £166m": business copy's verbs of a steep fall, both
 * verbs of change and verbs of falling, so written once for both sets.
 */
const STEEP_FALLS = ['sank', 'sunk', 'slid', 'plummeted', 'plummeting', 'plummet', 'plunging', 'tumbling', 'slumping', 'sliding', 'sinking'];

export const CHANGE_VERBS: ReadonlySet<string> = new Set(['rose', 'risen', 'rise', 'rises', 'fell', 'fallen', 'fall', 'falls',
  'increased', 'increase', 'decreased', 'decrease', 'dropped', 'drop', 'jumped', 'climbed', 'grew', 'grown', 'declined',
  'soared', 'surged', 'plunged', 'tumbled', 'slipped', 'slumped', 'doubled', 'tripled', 'halved', 'cut', 'raise', 'raises', 'raising', 'raised', 'lowered',
  'reduced', 'slashed', 'up', 'down', 'changed', 'moved', 'shrank', 'expanded', 'widened', 'narrowed', 'swelled',
  // "Seismologists upgraded the quake from a magnitude 6.9 to 7.2": an estimate revised.
  'upgraded', 'downgraded', 'revised', 'upgrade', 'downgrade', 'revise', 'hiked', 'trimmed',
  // "its shipment total improved from 20.2 million to 29.9 million", "went from 5% to 9%".
  'improved', 'improve', 'improves', 'worsened', 'worsen', 'went', 'gone', 'dipped', 'eased', 'edged', 'leapt', 'leaped',
  'rebounded', 'recovered', 'rising', 'falling', 'climbing', 'growing', 'increasing', 'decreasing', 'dropping', 'shrunk',
  'soaring', 'surging', 'jumping',
  // The present and the infinitive of the same verbs: "saw its figure dip 5.6% to 81.8%", "prices
  // slip 2% to …", "shares climb 3% to …" (copy's headline present and "see X verb").
  'dip', 'dips', 'dipping', 'slip', 'slips', 'slipping', 'climb', 'climbs', 'jump', 'jumps', 'grow', 'grows', 'soar', 'soars',
  'surge', 'surges', 'plunge', 'plunges', 'tumble', 'tumbles', 'slump', 'slumps', 'decline', 'declines', 'declining',
  'drops', 'shrink', 'shrinks', 'shrinking', 'expand', 'expands', 'expanding', 'widen', 'widens', 'narrow', 'narrows', 'narrowing',
  // "The expansion lifts its annual intake from 40 to 54", "boosted its stake from 5% to 8%".
  'lift', 'lifts', 'lifted', 'lifting', 'boost', 'boosts', 'boosted', 'boosting', ...STEEP_FALLS]);

/** The verbs of change that say the change was downward: a change derived after them is negative. */
export const FALLING_VERBS: ReadonlySet<string> = new Set(['fell', 'fallen', 'fall', 'falls', 'decreased', 'decrease', 'dropped',
  'drop', 'declined', 'plunged', 'tumbled', 'slipped', 'slumped', 'halved', 'cut', 'lowered', 'reduced', 'slashed', 'down',
  'shrank', 'narrowed', 'dipped', 'eased', 'falling', 'decreasing', 'dropping', 'shrunk', 'drops', 'decline', 'slid', 'sank', 'plummeted',
  'lost', 'lower', 'dip', 'dips', 'dipping', 'slip', 'slips', 'slipping', 'declines', 'declining', 'tumbles', 'slumps',
  'plunge', 'plunges', 'shrink', 'shrinks', 'shrinking', 'narrows', 'narrowing', ...STEEP_FALLS]);

/**
 * Tokens back from a figure's "from"/"to" within which the verb of change is looked for: "rose
 * sharply from" (2), "raise the state pension age from 62 to 64" (5, its object between). Was 4,
 * which missed a verb with a four-word object; the dev sets do not move with it.
 */
const VERB_REACH = 5;

/**
 * Tokens back from a level's "from" to the "to" of the same change, or from its "to" to the
 * "from": "sank to £166m [in the first six months of 2015] from £543m", where the first level's
 * period stands between them (twelve tokens, as "£166m" is three). Was six, which left such a pair without roles.
 */
const PAIRED_REACH = 12;

/** The same, when a comma sets the level off: "fell [27% in its fiscal third quarter], to" (up to eight). */
const SET_OFF_VERB_REACH = 8;

/** Words that may stand between "from" and its figure: "from a magnitude 6.9", "from an initial 6.9". */
const BEFORE_FIGURE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'magnitude', 'initial', 'estimated', 'preliminary']);
const MAX_BEFORE_FIGURE = 3;

/** One-word hedges that may stand before a change's figure: "by almost £100m", "to around 40%". */
const HEDGES: ReadonlySet<string> = new Set(['almost', 'nearly', 'about', 'around', 'roughly', 'approximately', 'some', 'just', 'over', 'under']);

/** Tokens back from "compared" to the change verb: "fell [27% to $ 7.8 billion] compared with" (up to eight). */
const COMPARED_REACH = 8;

/** Words that may stand between a change verb and the "by" of its size: "grew [in April] by", "rose [sharply last month] by". */
const BY_VERB_REACH = 3;

/** Nouns of a change whose "of" gives its size: "an increase of 45 places". */
const CHANGE_NOUNS: ReadonlySet<string> = new Set(['increase', 'increases', 'rise', 'rises', 'fall', 'falls', 'drop', 'drops', 'decrease',
  'decreases', 'decline', 'declines', 'jump', 'jumps', 'cut', 'cuts', 'reduction', 'reductions', 'gain', 'gains', 'growth', 'hike', 'hikes']);

/** Before the change, after it, or the change itself ("rose [5%]", "fell by [20]"). */
export type ChangeRole = 'from' | 'to' | 'by';

/**
 * Whether the figure starting at token `start` is the value before ("from") or after ("to") a
 * change, or its size ("by"): "rose from [200] to [400]", "doubled to [400]", "rose [5%]". Currency symbols before the figure are
 * passed over; `to` may follow the first figure ("from 200 to [400]").
 */
export function changeRole(tokens: readonly Token[], start: number): ChangeRole | undefined {
  let k = start - 1;
  while (k >= 0 && tokens[k]?.type === 'sym' && tokens[k]?.text !== ',') k--;
  // "climbed by almost £100m to £642m": a hedge stands between the preposition and its figure.
  if (HEDGES.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower === 'than' && /^(?:more|less|fewer)$/.test(tokens[k - 1]?.lower ?? '')) k -= 2;
  // "from a magnitude 6.9 to 7.2", "from an initial 6.9": a measure's name or an article may
  // stand between the preposition and its figure.
  for (let skipped = 0; skipped < MAX_BEFORE_FIGURE && BEFORE_FIGURE.has(tokens[k]?.lower ?? '') && (tokens[k - 1]?.lower === 'from' || BEFORE_FIGURE.has(tokens[k - 1]?.lower ?? '')); skipped++) k--;
  // "rose from 4.7 percent to a still-low 4.9 percent", "to a record 4.9": an article and the
  // one adjective it brings (hyphened or not) stand between "to" or "from" and the level.
  const adjective = (): number => {
    let j = k;
    if (tokens[j]?.type !== 'word') return k;
    if (tokens[j - 1]?.text === '-' && tokens[j - 2]?.type === 'word') j -= 2;
    return /^(?:a|an)$/.test(tokens[j - 1]?.lower ?? '') && /^(?:to|from)$/.test(tokens[j - 2]?.lower ?? '') ? j - 2 : k;
  };
  k = adjective();
  const prep = tokens[k]?.lower;
  // "rose 5% to 35%", "fell by 20": the figure right after the verb is the size of the change.
  if (CHANGE_VERBS.has(prep ?? '') && prep !== 'up' && prep !== 'down') return 'by';
  if (prep === 'by' && CHANGE_VERBS.has(tokens[k - 1]?.lower ?? '')) return 'by';
  // "grew in April by 19,400", "rose sharply last month by 5%": when it was, or how, may stand
  // between the verb and its "by".
  if (prep === 'by') {
    for (let v = k - 2; v >= Math.max(0, k - 1 - BY_VERB_REACH); v--) {
      const t = tokens[v]!;
      if (t.type !== 'word') break;
      if (CHANGE_VERBS.has(t.lower) && t.lower !== 'up' && t.lower !== 'down') return 'by';
    }
  }
  // "an increase of 45 places", "a fall of 20%": the noun of a change sizes it as its verb does.
  if (prep === 'of' && CHANGE_NOUNS.has(tokens[k - 1]?.lower ?? '')) return 'by';
  // "fell 27% to $7.8 billion compared with $10.68 billion": the level a change is set against
  // is where it came from, as "from $10.68 billion" is.
  if ((prep === 'with' || prep === 'to') && tokens[k - 1]?.lower === 'compared') {
    for (let v = k - 2; v >= Math.max(0, k - 2 - COMPARED_REACH); v--) {
      if (CHANGE_VERBS.has(tokens[v]?.lower ?? '')) return 'from';
      if (tokens[v]?.text === '.') break;
    }
    return undefined;
  }
  if (prep !== 'from' && prep !== 'to') return undefined;
  // "has fallen to 44, with victims aged from 17 to 75": an age range, whatever change came before.
  if (prep === 'from' && /^(?:aged|ages)$/.test(tokens[k - 1]?.lower ?? '')) return undefined;
  // "to" after "from X": the change verb stands before the "from"; and "from" after "to X"
  // ("fell to $7.8 billion from $10.68 billion") before the "to".
  let reach = k - 1;
  // (A "to" with no figure after it is another verb's: "asked to approve raising … from 45".)
  const other = prep === 'to' ? 'from' : 'to';
  // (Nor a "to" that closes a "from … to" pair of its own: "from just 11 to 20 weeks and brain
  // cancer from 13 to 28 weeks".)
  const pairedTo = (f: number) => tokens.slice(Math.max(0, f - 4), f).some((t) => t.lower === 'from');
  // The other preposition's figure follows it, after at most a currency sign or a hedge ("to
  // £166m", "to about 40"), not after a verb ("expect to reach 79").
  const levelAfter = (f: number) => prep === 'to' || ((tokens[f + 1]?.type === 'num' || (tokens[f + 2]?.type === 'num' && (tokens[f + 1]?.type === 'sym' || HEDGES.has(tokens[f + 1]?.lower ?? '')))) && !pairedTo(f));
  for (let f = k - 1; f >= Math.max(0, k - PAIRED_REACH); f--) {
    if (tokens[f]?.text === '.' || tokens[f]?.text === ';') break;
    if (tokens[f]?.lower === other && levelAfter(f)) { reach = f - 1; break; }
  }
  // "fell 27% in its fiscal third quarter, to $7.8 billion": a comma may set the level off from
  // the verb and what it says of when.
  const setOff = tokens[reach]?.text === ',';
  if (setOff) reach--;
  for (let v = reach; v >= Math.max(0, reach - (setOff ? SET_OFF_VERB_REACH : VERB_REACH)); v--) {
    const w = tokens[v]?.lower ?? '';
    if (CHANGE_VERBS.has(w)) return prep;
    if (tokens[v]?.text === ',' || tokens[v]?.text === '.') break;
  }
  return undefined;
}

/** Which way a change went. */
export type ChangeDirection = 'up' | 'down';

/** Words right before a change's size that say it went up: "was up 8.2%", "rose 0.4%", "climbed by 3%". */
const RISING_BEFORE: ReadonlySet<string> = new Set(['rose', 'risen', 'rise', 'rises', 'rising', 'increased', 'increase', 'increasing',
  'jumped', 'jump', 'jumps', 'jumping', 'climbed', 'climb', 'climbs', 'climbing', 'grew', 'grown', 'grow', 'grows', 'growing',
  'soared', 'soar', 'soars', 'soaring', 'surged', 'surge', 'surges', 'surging', 'up', 'gained', 'gain', 'gains', 'added',
  'doubled', 'tripled', 'raised', 'hiked', 'leapt', 'leaped', 'rebounded', 'higher', 'expanded', 'widened']);
/** Nouns and comparatives right after a change's size: "a 5% drop", "6.6% higher", "a 0.3% gain". */
const RISING_AFTER: ReadonlySet<string> = new Set(['rise', 'rises', 'increase', 'increases', 'gain', 'gains', 'jump', 'jumps', 'hike',
  'hikes', 'growth', 'climb', 'surge', 'higher', 'up', 'more', 'uplift', 'boost']);
const FALLING_AFTER: ReadonlySet<string> = new Set(['drop', 'drops', 'fall', 'falls', 'decline', 'declines', 'decrease', 'decreases',
  'cut', 'cuts', 'dip', 'dips', 'slide', 'slump', 'plunge', 'loss', 'losses', 'lower', 'down', 'less', 'reduction', 'contraction']);
/** What may stand between a change's verb and its size, or its size and its noun: "up by almost 3", "5 per cent drop". */
const BETWEEN_BEFORE: ReadonlySet<string> = new Set(['by', 'almost', 'nearly', 'about', 'around', 'roughly', 'some', 'just', 'a', 'further', 'another']);
const BETWEEN_AFTER: ReadonlySet<string> = new Set(['%', 'per', 'cent', 'percent', 'pc', 'pct', 'point', 'points', 'percentage']);

/**
 * Which way the change whose size is the figure in tokens [start, end) went, read from the word
 * right before it ("was up 8.2%", "fell 5%") or right after it ("a nearly 5% drop", "6.6%
 * higher"). Undefined when neither tells: a level ("down from 8.3%" gives the 8.3% no direction of its own).
 */
export function changeDirection(tokens: readonly Token[], start: number, end: number): ChangeDirection | undefined {
  let k = start - 1;
  while (k >= 0 && (tokens[k]?.type === 'sym' && tokens[k]?.text !== ',' || BETWEEN_BEFORE.has(tokens[k]?.lower ?? ''))) k--;
  const before = tokens[k]?.lower ?? '';
  if (FALLING_VERBS.has(before) && before !== 'lost') return 'down';
  if (RISING_BEFORE.has(before)) return 'up';
  let n = end;
  while (n < tokens.length && BETWEEN_AFTER.has(tokens[n]?.lower ?? '')) n++;
  const after = tokens[n]?.lower ?? '';
  if (FALLING_AFTER.has(after)) return 'down';
  if (RISING_AFTER.has(after)) return 'up';
  return undefined;
}
