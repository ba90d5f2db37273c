// "won by 58 percent to 42", "a 45% to 38 lead": the second figure of a result told in percent
// leaves its unit out, as election copy does, and it is a percentage like the first. Read as a
// bare count it would be checked against counts ("42 seats") and miss the source's "42 percent".
// So does the first level of a change: "falling from 8.1 to 7.8 percent".
import type { RawMention } from '../scanMentions.ts';
import { changeRole } from '../changeVerbs.ts';
import { tokenAt, type MentionRefiner } from './refiner.ts';

/** Words that join the two sides of a result: "58 percent to 42", "45% against 38", "51% v 49". */
const RESULT_JOINS = new Set(['to', 'against', 'versus', 'vs', 'v']);

/** Mentions back within which a share in percent sets the unit of the bare ones told like it. */
const SHARE_REACH = 6;

/** Whether a share in percent stands among the few mentions before mention `k`: "(50 percent)", "47.3 percent (6,629)". */
function shareBefore(mentions: readonly RawMention[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - SHARE_REACH); j--) if (mentions[j]!.unit === '%') return true;
  return false;
}

export const elidedPercent: MentionRefiner = {
  name: 'elidedPercent',
  refine({ tokens }, mentions) {
    return mentions.map((m, k): RawMention => {
      if (m.kind !== 'count' || m.value === null || m.unit !== undefined || m.bound !== undefined || m.high !== undefined || m.value > 100) return m;
      const i = tokenAt(tokens, m.start);
      // "falling from 8.1 to 7.8 percent": the first level of a change leaves its unit to the second.
      const after = mentions[k + 1];
      if (after?.unit === '%' && after.high === undefined && tokens[i - 1]?.lower === 'from' && tokens[m.tokEnd]?.lower === 'to' && after.tokStart === m.tokEnd + 1) {
        return { ...m, kind: 'percent', unit: '%', ...(after.unitInfo ? { unitInfo: after.unitInfo } : {}) };
      }
      // "Seaquist received 7,047 (50 percent) to Caldier's 7,004 votes (49.7)": a share in brackets
      // after a tally, where a share just before it was given in percent, leaves the unit out.
      // So is "Scheidler got 2,288 voters (16.3)" after "Young's 36.2 percent or 5,070 votes".
      const inBrackets = tokens[i - 1]?.text === '(' && tokens[m.tokEnd]?.text === ')';
      if (inBrackets && !Number.isInteger(m.value) && shareBefore(mentions, k)) {
        return { ...m, kind: 'percent', unit: '%' };
      }
      const before = mentions[k - 1];
      if (before === undefined || before.unit !== '%' || before.high !== undefined) return m;
      // The join right before the bare figure, and the percentage right before the join.
      if (!RESULT_JOINS.has(tokens[i - 1]?.lower ?? '') || before.tokEnd !== i - 1) return m;
      // "rose 5% to 38": after a change by a percentage, "to" gives the level it reached, in its own unit.
      if (changeRole(tokens, before.tokStart) === 'by') return m;
      // "58 percent to 42 seats": a noun after it counts something else.
      if (tokens[m.tokEnd]?.type === 'word' && !/^(?:and|or|but|in|on|at|with|a|the|for|among|after|before)$/.test(tokens[m.tokEnd]!.lower)) return m;
      return { ...m, kind: 'percent', unit: '%', ...(before.unitInfo ? { unitInfo: before.unitInfo } : {}) };
    });
  },
};
