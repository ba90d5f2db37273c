import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

// judgeDate: a day a source states is supported, even where another day's sentence shares more of
// the draft's words, unless that rival is framed well enough to contradict it.
const source = [{ id: 's', text: 'Fraser is accused of killing an employee Monday at a warehouse in Leeds. During a court appearance in York on Tuesday, Fraser said Lane deserved to die.' }];

describe('a day the source states', () => {
  it('supports the draft\'s day though a weakly framed rival day shares more words', () => {
    const c = checkDraft('Fraser faces a murder charge over the shooting on Monday of Ron Lane, a manager at the warehouse.', source)[0];
    expect(c?.verdict).toBe('supported');
    expect(c?.evidence[0]?.value).toBe('Monday');
  });
  it('a day no source states stays unsupported', () => {
    expect(checkDraft('Fraser faces a murder charge over the shooting on Sunday of Ron Lane, a manager at the warehouse.', source)[0]?.verdict).toBe('unsupported');
  });
});
