import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Pulido fought with the kidnapper until police arrived. The club shares its ground with a rugby side.' }];
const claimOn = (draft: string, figure: string) => checkDraft(draft, source).find((c) => draft.slice(c.start, c.end).includes(figure));

describe('definiteReferences', () => {
  it('past the first sentence, "the two men" refers back and is put to no one', () => {
    expect(claimOn('Pulido was seized on Saturday. The two men traded blows until police came.', 'two')).toBeUndefined();
    expect(claimOn('The club lost its ground to the floods. It will be months before the two clubs can use it.', 'two')).toBeUndefined();
  });
  it('a lead\'s "the two men", a time, a part or a compound is still a figure', () => {
    expect(claimOn('The two men were arrested on Saturday.', 'two')?.verdict).toBe('unsupported');
    expect(claimOn('Pulido was seized. The two years since have been hard.', 'two')?.verdict).toBe('unsupported');
    expect(claimOn('Pulido was seized. The two of them fought.', 'two')?.verdict).toBe('unsupported');
  });
  it('read in a source, the count still supports a draft\'s figure', () => {
    const fought = [{ id: 's', text: 'Pulido was seized on Saturday. The two men fought for ten minutes.' }];
    expect(checkDraft('Two men fought for ten minutes.', fought).find((c) => c.text.toLowerCase().includes('two'))?.verdict).toBe('supported');
  });
});
