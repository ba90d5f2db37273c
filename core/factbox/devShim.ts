// TEMPORARY development shim until the engine lands. Not committed.
import type { Mention } from '../types.ts';
export function splitSentences(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const re = /[^.!?\n]+(?:[.!?]+["'’”)]*|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (!m[0]) { re.lastIndex++; continue; }
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (t) out.push({ start: m.index + lead, end: m.index + lead + t.length, text: t });
  }
  return out;
}
const W: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, dozen: 12, hundred: 100 };
export function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  const re = /(?:(about|around|more than|over|nearly|almost|at least|up to) )?(\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozen|hundred)\b)(?:\s?(kilometers|kilometres|km|miles)\b)?/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const n = m[2]!.toLowerCase();
    const v = W[n] ?? Number(n.replace(/,/g, '').replace(/\.$/, ''));
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: m[3] ? 'quantity' : 'count', value: Number.isFinite(v) ? v : null, ...(m[3] ? { unit: 'km' } : {}), ...(m[1] ? { qualifier: 'approximately' as const } : {}) });
  }
  return out;
}
