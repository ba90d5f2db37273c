// "80mph (around 128km per hour)", "17,500 miles (28,160 kilometers) per hour", "128km an hour":
// a distance a unit of time divides is a speed. The scanner knows "kilometres per hour" as one
// unit but not a clipped "km" before "per hour", nor a pair whose "per hour" follows the bracket
// that converts it; read as distances they meet the draft's "128km/h" or "17,500 mph" nowhere.
import { findUnit, type UnitInfo } from '../../values/units.ts';
import type { Token } from '../../text/tokenize.ts';
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Whether tokens from `i` read "per hour", "an hour" or "a hour". */
const perHourAt = (tokens: readonly Token[], i: number): boolean =>
  /^(?:per|an|a)$/.test(tokens[i]?.lower ?? '') && /^(?:hour|hr)$/.test(tokens[i + 1]?.lower ?? '');

export const perHourSpeeds: MentionRefiner = {
  name: 'perHourSpeeds',
  refine({ tokens }, mentions) {
    const speeds: Readonly<Record<string, UnitInfo | undefined>> = { km: findUnit('km/h'), mile: findUnit('mph') };
    const speedOf = (m: RawMention): UnitInfo | undefined => (m.kind === 'quantity' && m.unit !== undefined ? speeds[m.unit] : undefined);
    const out = [...mentions];
    for (let k = 0; k < out.length; k++) {
      const m = out[k]!;
      const speed = speedOf(m);
      if (speed === undefined) continue;
      if (perHourAt(tokens, m.tokEnd)) {
        out[k] = { ...m, unit: speed.unit, unitInfo: speed, end: tokens[m.tokEnd + 1]!.end, tokEnd: m.tokEnd + 2 };
        continue;
      }
      // The conversion in brackets right after: "17,500 miles (28,160 kilometers) per hour".
      const inner = out[k + 1];
      const innerSpeed = inner && speedOf(inner);
      if (!inner || !innerSpeed || tokens[m.tokEnd]?.text !== '(' || inner.tokStart > m.tokEnd + 2 || tokens[inner.tokEnd]?.text !== ')' || !perHourAt(tokens, inner.tokEnd + 1)) continue;
      out[k] = { ...m, unit: speed.unit, unitInfo: speed };
      out[k + 1] = { ...inner, unit: innerSpeed.unit, unitInfo: innerSpeed };
      k++;
    }
    return out;
  },
};
