// Two figures of one sentence given each other's values: "it runs 219 theatres across China, Hong
// Kong and Taiwan and plans to build a further 239" where the source has "has 239 theatres in China,
// Hong Kong and Taiwan … planning to build another 219"; "Justin Sun received $43m, Amber Group
// $138m" where Sun received $138m and Amber Group $43m. Each value occurs in the source, so each
// would be supported on its own; but each draft figure reads better as the source figure of the
// other value (by the name just before it, or by the words around it), both ways round. The
// crossed pairing is the better reading of both, so both figures are contradicted: the draft has
// swapped them. Runs before strongSupport, which would otherwise take each value as stated.
import { claimOf, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';
import { buildJudgement, type Judgement, type VerdictRule } from '../judgement.ts';
import type { SourceEntry } from '../sourceIndex.ts';
import { sentenceMentions } from '../sentenceMentions.ts';
import { partOrEnds } from '../pairShape.ts';
import { namesBefore } from '../namedNearFigure.ts';
import { MONTHS, WEEKDAYS } from '../../mentions/dateWords.ts';
import { isRoundToPar } from '../roundToPar.ts';
import { SWAP_APART } from '../tuning.ts';

/** What tells a draft figure's reading: a name just before it, a name further back, or the words around it. */
type Basis = 'name' | 'far name' | 'words';

/**
 * Whether a draft figure reads better as the source's `x` than as its `y`, and by what: by the
 * names just before it (`names`: "Justin Sun received $43m" against "Justin Sun, who received $138
 * million" and "Amber Group, which received $43 million"), by a name further back in its clause
 * (`farNames`), or, with no name to tell, by the words around it. False when it does not.
 */
function prefers(j: Judgement, names: ReadonlySet<string>, x: SourceEntry, y: SourceEntry, farNames: ReadonlySet<string>): Basis | false {
  const named = (e: SourceEntry) => {
    const src = j.data.sources[e.sourceIndex]?.analysis;
    return names.size > 0 && src !== undefined && namesBefore(src, e.a).some((n) => names.has(n));
  };
  const [nx, ny] = [named(x), named(y)];
  if (nx || ny) return nx && !ny && 'name';
  // A name further back in the clause ("the Creek Fire had burned 15,619 acres and was 93 percent
  // contained") tells it by the name only one of the two source sentences gives before its figure
  // ("The Creek Fire … was 95 percent contained", "The Rye Fire … was 93 percent contained").
  const sentenceNamesOf = (e: SourceEntry): ReadonlySet<string> => {
    const src = j.data.sources[e.sourceIndex]?.analysis;
    return new Set(src === undefined ? [] : namesBefore(src, e.a, Number.POSITIVE_INFINITY));
  };
  const [wx, wy] = [sentenceNamesOf(x), sentenceNamesOf(y)];
  const [dx, dy] = [[...farNames].some((n) => wx.has(n) && !wy.has(n)), [...farNames].some((n) => wy.has(n) && !wx.has(n))];
  if (dx || dy) return dx && !dy && 'far name';
  const sx = j.scored.find((s) => s.e.a === x.a);
  const sy = j.scored.find((s) => s.e.a === y.a);
  // With the words around them told alike, the noun decides: "Four people were taken to hospital
  // …, and six firefighters were hurt" for "six people were hospitalised …, while four
  // firefighters were hurt" reads each figure as the source's of its own noun.
  const ownNoun = (e: SourceEntry): boolean => j.a.frame.head !== undefined && e.a.frame.head === j.a.frame.head;
  return sx !== undefined && sy !== undefined && sx.score > sy.score && (sx.context > sy.context || (sx.context === sy.context && ownNoun(x) && !ownNoun(y))) && 'words';
}

/** Tokens either side of a figure within which a place or name beside it is read: "38.7C in Cambridge". */
const BESIDE_REACH = 4;
/** The same, in a source sentence, which may put the place before its verb: "recorded in Cambridge at 38.7℃". */
const SOURCE_BESIDE_REACH = 6;

/** Whether token `k` is a capitalised word that names someone or somewhere: not a sentence's first word, a month or a day. */
function nameAt(tokens: Judgement['draft']['tokens'], k: number): boolean {
  const t = tokens[k]!;
  return t.type === 'word' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !/^[.!?]$/.test(tokens[k - 1]?.text ?? '.') && MONTHS[t.lower] === undefined && WEEKDAYS[t.lower] === undefined;
}

/** Names within `reach` tokens either side of tokens [from, to). */
function namesBeside(tokens: Judgement['draft']['tokens'], from: number, to: number, reach: number): Set<string> {
  const out = new Set<string>();
  for (let k = Math.max(0, from - reach); k < Math.min(tokens.length, to + reach); k++) {
    if ((k < from || k >= to) && nameAt(tokens, k)) out.add(tokens[k]!.lower);
  }
  return out;
}

/** Whether a name beside the draft's figure stands beside the source's figure of its value and not beside the rival's. */
function placedBeside(j: Judgement, a: Judgement['a'], support: SourceEntry, rival: SourceEntry): boolean {
  // The draft's place after its figure, told with its preposition ("38.5C recorded in Kent"): a
  // name after a figure with none may open the next item of a list ("$43m, Amber Group $138m").
  const t = j.draft.tokens;
  const mine: string[] = [];
  for (let k = a.m.tokEnd; k < Math.min(t.length, a.m.tokEnd + BESIDE_REACH); k++) {
    if (nameAt(t, k) && /^(?:in|at|from)$/.test(t[k - 1]?.lower ?? '')) mine.push(t[k]!.lower);
  }
  const near = (e: SourceEntry): Set<string> => {
    const src = j.data.sources[e.sourceIndex]?.analysis;
    return src ? namesBeside(src.tokens, e.a.m.tokStart, e.a.m.tokEnd, SOURCE_BESIDE_REACH) : new Set();
  };
  const [ns, nr] = [near(support), near(rival)];
  return mine.some((n) => ns.has(n) && !nr.has(n));
}

/** Words back in the draft's clause a name may tell a figure by, when none stands right before it. */
const FAR_NAME_REACH = 10;
const NO_NAMES: ReadonlySet<string> = new Set();

/** Names of things, not of days and months ("rose 0.6% between February and March"). */
function properNames(names: readonly string[]): ReadonlySet<string> {
  return new Set(names.filter((n) => MONTHS[n] === undefined && WEEKDAYS[n] === undefined));
}

/**
 * The source figure a draft figure is read as: its best support, or else the source's very
 * statement of it, the same value with the same hedge ("up 26.3 per cent in a year" for "up 26.3%
 * year on year", which statedAmount takes when the words around it are too few for support).
 */
function statementOf(j: Judgement): SourceEntry | undefined {
  return j.bestSupport?.e ?? j.scored.find((s) => s.rel === 'entails' && s.close && s.e.a.base === j.a.base && s.e.a.m.bound === j.a.m.bound)?.e;
}

export const swappedPair: VerdictRule = {
  name: 'swappedPair',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.m.value === null || a.base === null || a.m.bound !== undefined || a.m.kind === 'year' || a.family === 'date') return null;
    const support = statementOf(j);
    if (!support) return null;
    const names = new Set(namesBefore(draft, a));
    const farNames = properNames(namesBefore(draft, a, FAR_NAME_REACH));
    for (const b of sentenceMentions(draft, a.sentence.start)) {
      if (b === a || b.family !== a.family || b.base === null || b.base === a.base || b.m.bound !== undefined) continue;
      // "one of three persons of interest": a part and its whole are no pair of like figures.
      if (partOrEnds(draft, a, b)) continue;
      // "closed with a four-under-par 67 to finish at six under": a round's score to par and the
      // total are two quantities, whichever source sentence each reads nearer to.
      if (isRoundToPar(draft, a) !== isRoundToPar(draft, b)) continue;
      // "a course record of 2:05:37, taking four seconds off the mark": figures far apart are two
      // kinds of quantity (a time and a margin), never a pair a writer swaps.
      if (a.base > 0 && b.base > 0 && Math.max(a.base / b.base, b.base / a.base) >= SWAP_APART) continue;
      // The source figure of b's value that a reads better as, and that b reads worse as than a's.
      // A name further back tells only a pair of figures of one thing ("93 percent contained" and
      // "95 percent contained"), never "67 seats" and "two new councils", nor ages (attributedFigure's).
      const alike = a.frame.head === b.frame.head && a.m.kind !== 'age';
      const far = alike ? farNames : NO_NAMES;
      let rival: SourceEntry | undefined;
      let basis: Basis | false = false;
      for (const e of data.byValue.get(a.family) ?? []) {
        if (e.a.base !== b.base || e.a.m.bound !== undefined) continue;
        basis = prefers(j, names, e, support, far);
        if (basis !== false) { rival = e; break; }
      }
      if (!rival) continue;
      const jb = buildJudgement(draft, b, data, published);
      const other = (jb.support.some((s) => s.e.a === rival.a) || statementOf(jb)?.a === rival.a) && prefers(jb, new Set(namesBefore(draft, b)), support, rival, alike ? properNames(namesBefore(draft, b, FAR_NAME_REACH)) : NO_NAMES);
      // A pair told apart by names further back is swapped only when names tell both figures:
      // "Labour won 67 seats …, while Plaid Cymru lost six seats" against "It won 67 seats" names
      // no one for the 67.
      if (other === false || (basis === 'far name' && other === 'words')) continue;
      // However it was told apart, a place or a name beside the draft's figure that
      // stands beside the source's figure of the same value, and not beside the rival, keeps the
      // pairing as the draft gives it: "a new UK record of 38.7C in Cambridge, which beat the 38.5C
      // recorded in Kent" for "recorded in Cambridge at 38.7℃ … the previous UK record of 38.5℃, set in Kent".
      if (placedBeside(j, a, support, rival)) continue;
      const bText = short(draft.text.slice(b.m.start, b.m.end));
      return claimOf(draft, a, 'contradicted', `Source: '${short(sourcePhrase(data, rival))}'. Draft: '${short(phraseOf(draft.text, a))}' here and '${bText}' for the source's '${short(sourcePhrase(data, support))}': the two figures are swapped.`,
        [evidenceOf(data, rival), evidenceOf(data, support)], published);
    }
    return null;
  },
};
