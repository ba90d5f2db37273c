// The source figure with the draft's digits at another scale, unit or currency ("$1.8 billion"
// for the draft's "$1.8 million", "30 days" for "30 years"), best framed first.
import { frameMatch } from '../frames/frameOf.ts';
import type { AnalysedMention } from './analyseText.ts';
import type { Scored } from './scored.ts';
import { frameKeys, type IndexData, type SourceEntry } from './sourceIndex.ts';
import { GENERIC_KEY, KEY_FANOUT } from './tuning.ts';

export function scaleOrUnitTwin(a: AnalysedMention, data: IndexData): Scored | null {
  const dp = a.m.parts;
  if (!dp || (!dp.scale && !dp.unit && !dp.currency)) return null;
  const fk = data.byKey.get(a.family);
  let best: Scored | null = null;
  const seen = new Set<SourceEntry>();
  const pool: SourceEntry[] = [];
  if (fk) for (const k of frameKeys(a)) { const l = fk.get(k) ?? []; if (!(k.startsWith('n:') && l.length > GENERIC_KEY)) pool.push(...l.slice(0, KEY_FANOUT)); }
  // Same digits at another scale or unit (or in another currency), whatever their frame.
  pool.push(...(data.byDigits.get(`${a.family}|${dp.numValue}`) ?? []));
  if (a.m.kind === 'money') pool.push(...(data.byDigits.get(`money|${dp.numValue}`) ?? []));
  for (const e of pool) {
    if (seen.has(e)) continue;
    seen.add(e);
    const sp = e.a.m.parts;
    if (!sp || sp.numValue !== dp.numValue) continue;
    if (sp.scaleValue === dp.scaleValue && e.a.m.unit === a.m.unit) continue;
    const fm = frameMatch(a.frame, e.a.frame, a.family === 'count');
    if (!best || fm.score > best.score) best = { e, score: fm.score, context: fm.context, rel: 'disjoint', close: false };
  }
  return best;
}
