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
import { namesBefore } from '../namedNearFigure.ts';

/**
 * Whether a draft figure reads better as the source's `x` than as its `y`: by the names just
 * before it (`names`: "Justin Sun received $43m" against "Justin Sun, who received $138 million"
 * and "Amber Group, which received $43 million"), or, with no name to tell, by the words around it.
 */
function prefers(j: Judgement, names: ReadonlySet<string>, x: SourceEntry, y: SourceEntry): boolean {
  const named = (e: SourceEntry) => {
    const src = j.data.sources[e.sourceIndex]?.analysis;
    return names.size > 0 && src !== undefined && namesBefore(src, e.a).some((n) => names.has(n));
  };
  const [nx, ny] = [named(x), named(y)];
  if (nx || ny) return nx && !ny;
  const sx = j.scored.find((s) => s.e.a === x.a);
  const sy = j.scored.find((s) => s.e.a === y.a);
  return sx !== undefined && sy !== undefined && sx.score > sy.score && sx.context > sy.context;
}

/** Whether `part` is told as a part of `whole`: "one of three", "two of the five". */
function partitive(draft: Judgement['draft'], part: Judgement['a'], whole: Judgement['a']): boolean {
  const between = draft.tokens.slice(part.m.tokEnd, whole.m.tokStart).map((t) => t.lower);
  return between[0] === 'of' && between.length <= 2 && (between.length === 1 || /^(?:the|its|his|her|their)$/.test(between[1]!));
}

/**
 * Whether `x` and `y` are the two ends of one "from … to …" ("take charges from $4,903 a
 * semester to $5,207"): levels told in order, which swappedLevels checks by the order a source
 * gives them in, not by the words around each.
 */
function fromTo(draft: Judgement['draft'], x: Judgement['a'], y: Judgement['a']): boolean {
  const word = (m: Judgement['a']) => {
    let k = m.m.tokStart - 1;
    while (k >= 0 && draft.tokens[k]?.type === 'sym') k--;
    return draft.tokens[k]?.lower;
  };
  const [wx, wy] = [word(x), word(y)];
  return (wx === 'from' && wy === 'to') || (wx === 'to' && wy === 'from');
}

export const swappedPair: VerdictRule = {
  name: 'swappedPair',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.m.value === null || a.base === null || a.m.bound !== undefined || a.m.kind === 'year' || a.family === 'date') return null;
    const support = j.bestSupport?.e;
    if (!support) return null;
    const names = new Set(namesBefore(draft, a));
    for (const b of sentenceMentions(draft, a.sentence.start)) {
      if (b === a || b.family !== a.family || b.base === null || b.base === a.base || b.m.bound !== undefined) continue;
      // "one of three persons of interest": a part and its whole are no pair of like figures.
      if (partitive(draft, b, a) || partitive(draft, a, b) || fromTo(draft, a, b)) continue;
      // The source figure of b's value that a reads better as, and that b reads worse as than a's.
      const rival = (data.byValue.get(a.family) ?? []).find((e) => e.a.base === b.base && e.a.m.bound === undefined && prefers(j, names, e, support));
      if (!rival) continue;
      const jb = buildJudgement(draft, b, data, published);
      if (!jb.support.some((s) => s.e.a === rival.a) || !prefers(jb, new Set(namesBefore(draft, b)), support, rival)) continue;
      const other = short(draft.text.slice(b.m.start, b.m.end));
      return claimOf(draft, a, 'contradicted', `Source: '${short(sourcePhrase(data, rival))}'. Draft: '${short(phraseOf(draft.text, a))}' here and '${other}' for the source's '${short(sourcePhrase(data, support))}': the two figures are swapped.`,
        [evidenceOf(data, rival), evidenceOf(data, support)], published);
    }
    return null;
  },
};
