// A source figure that is one group of a list: "[four men] and [a woman] were arrested", "[three
// men] and [two women]", "[a woman] and [four men]". Groups are figures with their noun, or
// "a"/"an" and a person, joined by commas or "and"; the list's total is what the sentence
// counts. Read by partsOfList (a group is not another value of the total) and by
// groupForWhole (a group is not the whole).
import { isStopword } from '../frames/lexicon.ts';
import { PERSON_NOUNS } from '../mentions/refiners/attributedAges.ts';
import { tokenAt } from '../mentions/refiners/refiner.ts';
import type { Token } from '../text/tokenize.ts';
import type { AnalysedMention, AnalysedText } from './analyseText.ts';
import { sentenceMentions } from './sentenceMentions.ts';

export interface ListTotal {
  /** The sum of the groups. */
  readonly total: number;
  /** The list as the source words it: "four men and a woman". */
  readonly listed: string;
  /** Whether every group counts people. */
  readonly people: boolean;
}

interface Group {
  readonly from: number;
  readonly to: number;
  readonly value: number;
  readonly person: boolean;
  readonly mention?: AnalysedMention;
}

/** Words a group's noun phrase may run over after its figure: "two [young women]". */
const NOUN_REACH = 2;

/** Where the noun phrase from token `k` ends: content words only, at most NOUN_REACH of them. */
function nounEnd(toks: readonly Token[], k: number, end: number): number {
  let r = k;
  // A verb ends it: "two people [died] and three …" is two clauses, not a list of groups.
  while (r < end && r < k + NOUN_REACH && toks[r]?.type === 'word' && !isStopword(toks[r]!.lower) && !/(?:ed|ing)$/.test(toks[r]!.lower)) r++;
  return r;
}

const personal = (w: string): boolean => PERSON_NOUNS.has(w) || PERSON_NOUNS.has(w.replace(/(?:men)$/, 'man').replace(/(?:ren)$/, '').replace(/s$/, ''))
  || /^(?:people|adults|children|teenagers|women|men)$/.test(w);

/** The list holding `m` as one of two or more groups, with its total; undefined when `m` stands alone. */
export function listTotal(text: AnalysedText, m: AnalysedMention): ListTotal | undefined {
  if (m.family !== 'count' || m.base === null) return undefined;
  const toks = text.tokens;
  const sentence = m.sentence;
  const first = tokenAt(toks, sentence.start);
  const last = tokenAt(toks, sentence.end);
  const figures = sentenceMentions(text, sentence.start);
  const groups: Group[] = [];
  for (let k = first; k < last; k++) {
    const fig = figures.find((f) => f.m.tokStart === k);
    if (fig) {
      if (fig.family === 'count' && fig.base !== null && fig.m.bound === undefined) {
        const to = nounEnd(toks, fig.m.tokEnd, last);
        groups.push({ from: k, to, value: fig.base, person: toks.slice(fig.m.tokEnd, to).some((t) => personal(t.lower)), mention: fig });
      }
      k = fig.m.tokEnd - 1;
      continue;
    }
    const t = toks[k];
    if (t?.lower !== 'a' && t?.lower !== 'an') continue;
    for (let r = k + 1; r <= k + NOUN_REACH && r < last; r++) {
      if (PERSON_NOUNS.has(toks[r]?.lower ?? '')) { groups.push({ from: k, to: r + 1, value: 1, person: true }); break; }
      if (toks[r]?.type !== 'word') break;
    }
  }
  const at = groups.findIndex((g) => g.mention === m);
  if (at < 0) return undefined;
  const joined = (x: Group, y: Group): boolean => y.from - x.to <= 2 && toks.slice(x.to, y.from).every((t) => t.text === ',' || t.lower === 'and');
  let lo = at;
  let hi = at;
  while (lo > 0 && joined(groups[lo - 1]!, groups[lo]!)) lo--;
  while (hi < groups.length - 1 && joined(groups[hi]!, groups[hi + 1]!)) hi++;
  if (hi === lo) return undefined;
  const run = groups.slice(lo, hi + 1);
  // "Four people, three men and one woman": a whole then its breakdown in apposition. When one
  // group equals the rest together, the list counts it once: four, not eight.
  const sum = run.reduce((t, g) => t + g.value, 0);
  // The whole comes first and names people in general ("two men and two women" are four).
  const head = run[0]!;
  const general = toks.slice(head.mention ? head.mention.m.tokEnd : head.from, head.to).some((t) => /^(?:people|persons|individuals)$/.test(t.lower));
  const whole = general && head.value * 2 === sum ? head : undefined;
  return {
    total: whole ? whole.value : sum,
    listed: text.text.slice(toks[run[0]!.from]!.start, toks[run[run.length - 1]!.to - 1]!.end),
    people: run.every((g) => g.person),
  };
}
