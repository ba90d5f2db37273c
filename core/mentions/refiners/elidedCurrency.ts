// "Operating profit inched up 0.1 billion euros to 13.9 billion", "raised the dividend to 4.80
// euros a share, up from 3.90": a change's two amounts, the currency written once. Read bare,
// "13.9 billion" is a count, and the draft's "13.9 billion euros" met only the change's "0.1
// billion euros", which contradicted it. Read as the writer meant it, it is 13.9 billion euros.
// Only a level after "to" or "from" that follows an amount in the same clause, written to the
// same style (a scale word, or pence or cents after a point).
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Tokens from the amount's end to "to" or "from": "0.1 billion euros [last year] to", "4.80 euros a share, up from". */
const REACH = 5;

export const elidedCurrency: MentionRefiner = {
  name: 'elidedCurrency',
  refine({ tokens }, mentions) {
    /** Whether a figure is written to two places after a point: "4.80", "3.90". */
    const toPennies = (x: RawMention): boolean => tokens.slice(x.tokStart, x.tokEnd).some((t) => /^\d+\.\d{2}$/.test(t.text));
    let changed = false;
    const out = mentions.map((m, k): RawMention => {
      const prev = mentions[k - 1];
      if (m.kind !== 'count' || m.code !== undefined || m.value === null || m.high !== undefined || !prev || prev.kind !== 'money' || prev.unit === undefined || prev.high !== undefined) return m;
      const link = tokens[m.tokStart - 1]?.lower;
      if ((link !== 'to' && link !== 'from') || m.tokStart - 1 - prev.tokEnd > REACH) return m;
      // Nothing that ends the clause between the two.
      if (tokens.slice(prev.tokEnd, m.tokStart - 1).some((t) => /^[.;:!?]$/.test(t.text))) return m;
      // The same style: both scaled ("0.1 billion euros … 13.9 billion"), or both to two places ("4.80 euros … 3.90").
      const scaled = m.parts?.scaleValue !== undefined && m.parts.scaleValue > 1 && prev.parts?.scaleValue !== undefined && prev.parts.scaleValue > 1;
      if (!scaled && !(toPennies(m) && toPennies(prev))) return m;
      changed = true;
      return { ...m, kind: 'money', unit: prev.unit };
    });
    return changed ? out : mentions;
  },
};
