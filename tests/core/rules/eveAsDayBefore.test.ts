import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: "Activists dumped paint in front of the Russian embassy on Thursday morning. The protest comes on the eve of the one-year anniversary of Russia's invasion of Ukraine." }];
const on = (draft: string) => checkDraft(draft, source).find((c) => /^(?:one|two) days?$/.test(draft.slice(c.start, c.end)));

describe('eveAsDayBefore', () => {
  it('"one day before the anniversary" is the source\'s "on the eve of the anniversary"', () => {
    const c = on('Campaigners painted the road on Thursday morning, one day before the first anniversary of the invasion.');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Source: 'the eve of the one-year anniversary': the eve is the day before. Draft: 'one day'.");
  });
  it('two days before, or a day before another event, is not the eve', () => {
    expect(on('Campaigners painted the road on Thursday morning, two days before the first anniversary of the invasion.')?.verdict).not.toBe('supported');
    expect(on('Campaigners painted the road on Thursday morning, one day before the general election.')?.verdict).not.toBe('supported');
  });
});
