// A level and the one it changed from, told the other way round: the source's later figure given
// as the earlier. Each value is the source's, so only the direction of the change is wrong.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'A total of 396,643 people had been waiting more than 52 weeks to start routine hospital treatment at the end of August, up from 389,952 at the end of July.' }];
const verdicts = (draft: string) => Object.fromEntries(checkDraft(draft, source).map((c) => [c.text.replace(/^A total of /, ''), c.verdict]));

describe('swappedLevels', () => {
  it('contradicts both figures of "389,952 …, compared with 396,643 a month earlier"', () => {
    const v = verdicts('A total of 389,952 patients had been waiting more than 52 weeks, compared with 396,643 a month earlier.');
    expect(v['389,952']).toBe('contradicted');
    expect(v['396,643']).toBe('contradicted');
  });
  it('supports them the right way round, "396,643 …, up from 389,952 a month earlier"', () => {
    const v = verdicts('A total of 396,643 patients had been waiting more than 52 weeks, up from 389,952 a month earlier.');
    expect(v['396,643']).toBe('supported');
    expect(v['389,952']).toBe('supported');
  });
  it('reads "rose from 389,952 to 396,643" and "fell from 396,643 to 389,952" by their roles', () => {
    expect(verdicts('Long waits rose from 389,952 to 396,643 in a month.')['389,952']).toBe('supported');
    expect(verdicts('Long waits fell from 396,643 to 389,952 in a month.')['396,643']).toBe('contradicted');
  });
  it('takes a change for no level: "10.2% more units than a year earlier"', () => {
    const src = [{ id: 's', text: 'Apple shipped 10.2 per cent more units than a year earlier, but its share fell from 18.8% to 14.2%.' }];
    const v = Object.fromEntries(checkDraft('Apple shipped 10.2% more units than a year earlier, but its share still fell, from 18.8% to 14.2%.', src).map((c) => [c.text, c.verdict]));
    expect(v['10.2%']).toBe('supported');
    expect(v['18.8%']).toBe('supported');
  });
  it('reads "one year later" after a figure as its later level, whatever "compared to" says before it', () => {
    const src = [{ id: 's', text: 'The company sold fewer iPads this quarter, 21.4 million in the first quarter of last year compared to 16.1 million one year later.' }];
    const claims = checkDraft('iPad sales dropped to 16.1 million from 21.4 million a year earlier.', src);
    expect(claims.find((c) => c.text.startsWith('16.1'))?.explanation ?? '').not.toContain('other way round');
    expect(claims.find((c) => c.text.startsWith('21.4'))?.explanation ?? '').not.toContain('other way round');
  });
});
