// A green flag's explanation leads with the source's words, as the editor reads it: a match whose
// surrounding words differ says what to look at, never "Not confirmed" under a supported verdict.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';

interface Pair { id: string; source: string; draft: string }
const pairs = readFileSync(new URL('../fixtures/newsroom-drafts.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Pair);

describe('the wording of supported figures', () => {
  it('"41% of the ball" for "41% of possession": green, citing the source, with what to check', () => {
    const derby = pairs.find((p) => p.id === 'football-derby')!;
    const at = derby.draft.indexOf('41%');
    const claim = checkDraft(derby.draft, [{ id: 'source', text: derby.source }]).find((c) => c.start <= at && at < c.end)!;
    expect(claim.verdict).toBe('supported');
    expect(claim.explanation).toMatch(/^Source: '[^']*41% of possession[^']*', worded differently from the draft: check it counts the same thing\. Draft: '/);
  });

  it('no supported figure anywhere in the drafts set is explained as "Not confirmed"', () => {
    for (const p of pairs) {
      for (const c of checkDraft(p.draft, [{ id: 'source', text: p.source }])) {
        if (c.verdict === 'supported') expect(c.explanation, `${p.id}:${c.start}`).not.toMatch(/^Not confirmed/);
      }
    }
  });
});
