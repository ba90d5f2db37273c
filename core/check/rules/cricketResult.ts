// A limited-overs result told the way cricket copy tells it, from the two innings a source gives
// ("Ireland made 165-5 … the Afghans reached 171-4 with two overs to spare"):
//   "won by six wickets"    — the chasing side's ten wickets less those it lost (171-4: six);
//   "a target of 166"       — the first innings' total and one more run;
//   "with 12 balls to spare" — the overs to spare the source gives, six balls an over.
// Each is derived from figures the source states, by the game's own arithmetic, and supported
// with both innings cited; any other value stays unsupported and is flagged.
import type { AnalysedText } from '../analyseText.ts';
import { claimOf, passageEvidence, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import type { Evidence } from '../../types.ts';
import { parseNumberWords } from '../../values/numberWords.ts';

/** Wickets a side has; a side all out has lost them all. */
const WICKETS = 10;
/** Balls in an over. */
const BALLS_PER_OVER = 6;
/** An innings total with the wickets lost: "165-5", "165/5", "165 for five". */
const INNINGS = /\b(\d{2,3})(?:\s*[-–/]\s*(\d)|\s+for\s+(\d|one|two|three|four|five|six|seven|eight|nine))\b/gi;
/** "with two overs to spare", "with 12 balls to spare". */
const TO_SPARE = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(overs?|balls?|deliveries)\s+(?:to\s+spare|remaining|left)\b/gi;

interface Innings { readonly runs: number; readonly wickets: number; readonly start: number; readonly end: number }

function numberOf(w: string): number | undefined {
  if (/^\d+$/.test(w)) return Number(w);
  const { value, used } = parseNumberWords([w.toLowerCase()]);
  return used === 1 ? value : undefined;
}

/** The innings totals a source gives, in text order. */
function inningsOf(text: string): Innings[] {
  const out: Innings[] = [];
  for (const m of text.matchAll(INNINGS)) {
    const wickets = numberOf(m[2] ?? m[3] ?? '');
    if (wickets === undefined || wickets >= WICKETS) continue;
    out.push({ runs: Number(m[1]), wickets, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** What the draft says the figure is, from the words around it. */
function shapeOf(draft: AnalysedText, tokStart: number, tokEnd: number): 'wickets' | 'target' | 'balls' | undefined {
  const t = draft.tokens;
  const after = [t[tokEnd]?.lower, t[tokEnd + 1]?.lower, t[tokEnd + 2]?.lower];
  if (t[tokStart - 1]?.lower === 'by' && /^wickets?$/.test(after[0] ?? '')) return 'wickets';
  if ((t[tokStart - 1]?.lower === 'of' && t[tokStart - 2]?.lower === 'target') || (after[0] === 'to' && after[1] === 'win')) return 'target';
  if (/^(?:balls?|deliveries)$/.test(after[0] ?? '') && after[1] === 'to' && after[2] === 'spare') return 'balls';
  return undefined;
}

export const cricketResult: VerdictRule = {
  name: 'cricketResult',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.value === null || a.m.bound !== undefined) return null;
    const shape = shapeOf(draft, a.m.tokStart, a.m.tokEnd);
    if (!shape) return null;
    for (const src of data.sources) {
      const text = src.analysis.text;
      // The evidence quotes the sentence the figure stands in, with the figure as its value.
      const cite = (start: number, end: number): Evidence => {
        const sentence = src.analysis.sentences.find((x) => x.start <= start && end <= x.end) ?? { start, end };
        return passageEvidence(src.doc.id, text, sentence, start, end);
      };
      if (shape === 'balls') {
        for (const m of text.matchAll(TO_SPARE)) {
          const n = numberOf(m[1]!);
          const balls = n === undefined ? undefined : /^overs?$/i.test(m[2]!) ? n * BALLS_PER_OVER : n;
          if (balls !== a.m.value) continue;
          return claimOf(draft, a, 'supported', `Derived: '${short(m[0])}' is ${balls} balls, six to an over. Draft: '${short(dText)}'.`, [cite(m.index, m.index + m[0].length)], published);
        }
        continue;
      }
      // A chase: a later innings that passed an earlier one, the earlier setting its target.
      const innings = inningsOf(text);
      for (let i = 0; i < innings.length; i++) {
        for (let k = i + 1; k < innings.length; k++) {
          const [first, chase] = [innings[i]!, innings[k]!];
          if (chase.runs <= first.runs) continue;
          const value = shape === 'wickets' ? WICKETS - chase.wickets : first.runs + 1;
          if (value !== a.m.value) continue;
          const said = (x: Innings) => `'${short(text.slice(x.start, x.end))}'`;
          const how = shape === 'wickets' ? `${said(chase)} chased ${said(first)} with ${value} wickets standing` : `${said(first)} set a target of ${value}`;
          return claimOf(draft, a, 'supported', `Derived: ${how}. Draft: '${short(dText)}'.`, [cite(first.start, first.end), cite(chase.start, chase.end)], published);
        }
      }
    }
    return null;
  },
};
