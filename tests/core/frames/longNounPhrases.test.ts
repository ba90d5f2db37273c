// The noun a figure counts, past a hyphened modifier of origin ("Alameda-based") and a long
// compound ("suspected drug smuggling vessels"): two cutters are not contradicted by three vessels.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Crews aboard two Alameda-based Coast Guard cutters boarded three suspected drug smuggling vessels in the Eastern Pacific Ocean, seizing more than 9,000 pounds of cocaine.' }];
const verdict = (draft: string) => checkDraft(draft, source)[0]?.verdict;

describe('frameOf: long noun phrases', () => {
  it('"Two Coast Guard cutters based in Alameda" are the source\'s two cutters', () => {
    expect(verdict('Two Coast Guard cutters based in Alameda seized more than 9,000 pounds of cocaine from smuggling boats.')).toBe('supported');
  });
  it('"three suspected drug smuggling vessels" counts vessels, and "four" of them is not the source\'s three', () => {
    expect(verdict('Coast Guard crews boarded three suspected drug smuggling vessels in the Pacific.')).toBe('supported');
    expect(verdict('Coast Guard crews boarded four suspected drug smuggling vessels in the Pacific.')).not.toBe('supported');
  });
});
