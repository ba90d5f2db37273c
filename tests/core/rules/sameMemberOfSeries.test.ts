import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const MATCH = 'Osaka dropped the opening set on a tie-break. She raced through the second set in 20 minutes, '
  + 'and after a long rain delay she closed out the deciding third set to reach the quarter-finals.';

describe('sameMemberOfSeries', () => {
  it('a source naming the same member states it, though another member shares more words', () => {
    const [c] = checkDraft('After a long rain delay Osaka took the second set to reach the quarter-finals.', [{ id: 's', text: MATCH }])
      .filter((x) => x.text === 'second');
    expect(c?.verdict).toBe('supported');
    expect(c?.evidence[0]?.value).toBe('second');
  });
  it('a member the source never names is still unsupported, citing another of the series', () => {
    const [c] = checkDraft('After a long rain delay Osaka took the fourth set to reach the quarter-finals.', [{ id: 's', text: MATCH }])
      .filter((x) => x.text === 'fourth');
    expect(c?.verdict).toBe('unsupported');
    expect(c?.explanation).toContain('another of the series');
  });
  it('a member of another series is not the same member', () => {
    const [c] = checkDraft('Osaka won the second round.', [{ id: 's', text: MATCH }]).filter((x) => x.text === 'second');
    expect(c?.verdict).not.toBe('supported');
  });
  it('the member\'s noun is read past a name or a verb after it', () => {
    const src = [{ id: 's', text: 'She was born the year the first novel in the trilogy came out. The third Test at Lord\'s begins on Thursday.' }];
    expect(checkDraft('She was born the year the first Hunger Games novel came out.', src).find((x) => x.text === 'first')?.verdict).toBe('supported');
    expect(checkDraft('England rest before the third Test starts at Lord\'s.', src).find((x) => x.text === 'third')?.verdict).toBe('supported');
  });
  it('a rank after its verb ranks what the verb names', () => {
    const src = [{ id: 's', text: 'Routine wins for 9th seed Ruud and 14th seed Hurkacz, who lost a set.' }];
    expect(checkDraft('Hurkacz, seeded 14th, dropped a set.', src).find((x) => x.text === '14th')?.verdict).toBe('supported');
    expect(checkDraft('Hurkacz, seeded 12th, dropped a set.', src).find((x) => x.text === '12th')?.verdict).not.toBe('supported');
  });
  it('a rank joined to the next one shares its noun', () => {
    const src = [{ id: 's', text: 'Ten years ago the city was the third busiest port in Europe.' }];
    expect(checkDraft('The city has slipped from third to fourth busiest port in Europe.', src).find((x) => x.text === 'third')?.verdict).toBe('supported');
    expect(checkDraft('The city has slipped from second to third busiest port in Europe.', src).find((x) => x.text === 'second')?.verdict).not.toBe('supported');
  });
});

describe('a rank the source tells with its noun left out', () => {
  const source = [{ id: 's', text: 'Drilling has stopped after a 1.5 magnitude tremor - the second in two months. It will now examine the data.' }];
  const rank = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'ordinal')?.verdict;
  it('"the second earthquake in the area in two months" is the source\'s "tremor - the second in two months"', () => {
    expect(rank('Drilling has stopped after a magnitude 1.5 tremor, the second earthquake in the area in two months.')).toBe('supported');
    expect(rank('Drilling has stopped after a magnitude 1.5 tremor, the third earthquake in the area in two months.')).not.toBe('supported');
  });
});
