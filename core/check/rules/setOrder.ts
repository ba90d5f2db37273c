// A match score is told set by set, in order: "6-1 6-4" and "6-4 6-1" are two different matches,
// though each set of one is a set of the other. So where the source tells a score line of the
// same sets in another order, and never in the draft's, the sets are swapped: contradicted. Tried
// first among the score's rules, since each set alone is stated and would be supported.
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import { claimOf, evidenceOf } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import type { Claim } from '../../types.ts';
import { perText } from '../perText.ts';

type Line = readonly AnalysedMention[];

const setOf = (a: AnalysedMention): string => `${a.m.value ?? ''}-${a.m.high ?? ''}`;

/** A text's score lines: runs of two or more set scores written one after another. */
const linesOf = perText((t: AnalysedText): Line[] => {
  const lines: Line[] = [];
  let run: AnalysedMention[] = [];
  for (const a of t.mentions) {
    const last = run[run.length - 1];
    if (a.m.kind !== 'score') { if (run.length > 1) lines.push(run); run = []; continue; }
    // Set by set, with or without a comma between: "6-1 6-4", "6-1, 6-3".
    if (last && (a.m.tokStart === last.m.tokEnd || (a.m.tokStart === last.m.tokEnd + 1 && t.tokens[last.m.tokEnd]?.text === ','))) run.push(a);
    else { if (run.length > 1) lines.push(run); run = [a]; }
  }
  if (run.length > 1) lines.push(run);
  return lines;
});

const sameSets = (x: Line, y: Line): boolean => x.length === y.length && [...x].map(setOf).sort().join() === [...y].map(setOf).sort().join();

export const setOrder: VerdictRule = {
  name: 'setOrder',
  judge(j) {
    const { a, data, draft } = j;
    if (a.m.kind !== 'score') return null;
    const mine = linesOf(draft).find((l) => l.includes(a));
    if (!mine) return null;
    let swapped: Line | undefined;
    for (const src of data.sources) {
      for (const line of linesOf(src.analysis)) {
        if (!sameSets(mine, line)) continue;
        // The very line, in the draft's order, states each of its sets: supported here, before
        // a set of it reads as another value of the match ("6-1, 6-3 triumph" is no conflict of the
        // draft's first set with the source's second).
        if (line.every((s, i) => setOf(s) === setOf(mine[i] as AnalysedMention))) return lineClaim(j, line, mine, 'supported', 'the same sets in the same order');
        swapped ??= line;
      }
    }
    return swapped ? lineClaim(j, swapped, mine, 'contradicted', 'the same sets in another order') : null;
  },
};

/** A claim on the draft's set, citing the source's score line. */
function lineClaim(j: Parameters<VerdictRule['judge']>[0], line: Line, mine: Line, verdict: 'supported' | 'contradicted', how: string): Claim {
  const { a, data, draft, published } = j;
  const src = data.sources.find((s) => s.analysis.mentions.includes(line[0] as AnalysedMention));
  const first = line[0] as AnalysedMention;
  const last = line[line.length - 1] as AnalysedMention;
  const told = src ? src.analysis.text.slice(first.m.start, last.m.end) : '';
  const ev = evidenceOf(data, { sourceIndex: src ? data.sources.indexOf(src) : 0, a: first });
  const draftLine = draft.text.slice((mine[0] as AnalysedMention).m.start, (mine[mine.length - 1] as AnalysedMention).m.end);
  return claimOf(draft, a, verdict, `Source: '${told}', ${how}. Draft: '${draftLine}'.`, [ev], published);
}
