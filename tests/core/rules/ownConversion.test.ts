import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'The twin cubs weighed 8-12lb each when the keepers first saw them.' }];
const claimOf = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text.includes(text));

describe('ownConversion: a figure beside another of the same dimension in another unit converts it', () => {
  it('"8-12lb, about 4.5kg" is the draft converting its own figure', () => {
    const c = claimOf('The twin cubs weighed 8-12lb, about 4.5kg, each.', '4.5kg');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("the draft's own '8-12lb' is about 4.5 kg");
  });
  it('not a wrong conversion: 8-12lb is no 7kg', () => {
    expect(claimOf('The twin cubs weighed 8-12lb, about 7kg, each.', '7kg')?.verdict).not.toBe('supported');
  });
  it('nor a figure further off in the sentence', () => {
    expect(claimOf('The twin cubs weighed 8-12lb each and the keepers used 4.5kg of bedding.', '4.5kg')?.verdict).not.toBe('supported');
  });
});

describe('ownConversion: a hedged restatement, and the first figure\'s noun between', () => {
  const source = [{ id: 's', text: 'The post was shared 948 times. The study was based on 53 hours of footage.' }];
  const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));
  it('"948 times, almost a thousand" and "53 hours of footage, more than two days"', () => {
    const c = on('The post was shared 948 times, almost a thousand.', 'thousand');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Derived: the draft's own '948', rounded. Draft: 'almost a thousand'.");
    expect(on('They watched 53 hours of footage, more than two days of video.', 'two days')?.verdict).toBe('supported');
  });
  it('a restatement that rounds wrongly, or one with no hedge, is not derived', () => {
    expect(on('The post was shared 948 times, almost 1,200.', '1,200')?.verdict).not.toBe('supported');
    expect(on('They watched 53 hours of footage, more than three days of video.', 'three days')?.verdict).not.toBe('supported');
    expect(on('The post was shared 948 times, 1,000 by Friday.', '1,000')?.verdict).not.toBe('supported');
  });
  it('converts a bound with its value: "up to 75mph, or about 120km/h"', () => {
    const wind = [{ id: 's', text: 'It warned of gusts of up to 75mph in places.' }];
    const on = (draft: string, text: string) => checkDraft(draft, wind).find((c) => c.text.includes(text));
    expect(on('Gusts of up to 75mph, or about 120km/h, are possible.', '120km/h')?.explanation).toBe("Derived: the draft's own 'up to 75mph' is about 121 km/h. Draft: 'about 120km/h'.");
    expect(on('Gusts of up to 75mph, or about 140km/h, are possible.', '140km/h')?.verdict).not.toBe('supported');
  });
});

describe('ownConversion: a share told again as a fraction', () => {
  const source = [{ id: 's', text: 'The current system leaves around 70% of the world\'s airspace uncovered.' }];
  const fraction = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'fraction')?.verdict;
  it('"around 70% of the world\'s airspace, more than two-thirds, uncovered"', () => {
    expect(fraction('The system leaves around 70% of the world\'s airspace, more than two-thirds, uncovered.')).toBe('supported');
    expect(fraction('The system leaves around 70% of the world\'s airspace, more than three-quarters, uncovered.')).not.toBe('supported');
  });
});

describe('ownConversion: a hedged conversion ending in five is rounded to the nearest five', () => {
  const source = [{ id: 's', text: 'North refused to come off and crossed for a 60-metre try in the 87th minute.' }];
  const verdictOf = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text)?.verdict;
  it('"a 60-metre try, roughly 65 yards" (65.6)', () => {
    expect(verdictOf('North crossed for a 60-metre try, roughly 65 yards, in the 87th minute.', 'roughly 65 yards')).toBe('supported');
    expect(verdictOf('North crossed for a 60-metre try, roughly 75 yards, in the 87th minute.', 'roughly 75 yards')).not.toBe('supported');
    expect(verdictOf('North crossed for a 60-metre try, 65 yards, in the 87th minute.', '65 yards')).not.toBe('supported');
  });
});

describe('wrongOwnConversion: a conversion set off after the draft\'s own figure', () => {
  const source = [{ id: 's', text: 'In Quriyat the temperature did not fall below 42.6C over 24 hours. Denver equalled its all-time high of 40C.' }];
  const verdictOf = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text)?.verdict;
  it('"42.6C, or about 104F" is a wrong conversion, though a source\'s 40C is 104F', () => {
    expect(verdictOf('In Quriyat the temperature did not drop below 42.6C, or about 104F, over 24 hours.', 'about 104F')).toBe('contradicted');
    expect(verdictOf('In Quriyat the temperature did not drop below 42.6C, or about 109F, over 24 hours.', 'about 109F')).toBe('supported');
  });
  it('a conversion rounded by a whole step is no error: "105F (40C)", "13 stone (82kg)"', () => {
    expect(verdictOf('Denver equalled its all-time high of 105F (40C).', '40C')).toBe('supported');
    expect(checkDraft('He weighed 13 stone (82kg) when he was captured.', [{ id: 's', text: 'He weighed 13 stone when he was captured.' }]).find((c) => c.text === '82kg')?.verdict).not.toBe('contradicted');
  });
});

describe('ownConversion: before conflicts, rounded by a step of its last digit', () => {
  const source = [{ id: 's', text: 'At least 2 feet of snow fell on northern New York, and Indian Lake recorded 31 inches. Typhoon Mangkhut made landfall with sustained winds of 127 mph and gusts of 158 mph.' }];
  const verdictOf = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;
  it('"at least 2 feet (60cm)" is the draft\'s own 61cm, not set against the source\'s 31 inches', () => {
    expect(verdictOf('Northern New York received at least 2 feet (60cm) of snow, with Indian Lake recording 31 inches.', '60cm')).toBe('supported');
  });
  it('"127 mph, about 204 km/h" is not set against the gusts\' 158 mph', () => {
    expect(verdictOf('Mangkhut made landfall with sustained winds of 127 mph, about 204 km/h, and gusts of 158 mph.', 'about 204 km/h')).toBe('supported');
  });
  it('a conversion two steps off is still wrong', () => {
    expect(verdictOf('Northern New York received at least 2 feet (80cm) of snow, with Indian Lake recording 31 inches.', '80cm')).not.toBe('supported');
  });
});
