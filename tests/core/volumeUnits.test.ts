import { describe, expect, it } from 'vitest';
import { checkDraft, convertUnit, findMentions } from '../../core/index.ts';

describe('millilitres', () => {
  it('"150ml" is a volume, not a code like "F-16"', () => {
    const m = findMentions('The spray costs £19.99 for 150ml.').find((x) => x.text === '150ml');
    expect(m?.kind).toBe('quantity');
    expect(m?.unit).toBe('ml');
    expect(convertUnit(500, 'ml', 'litre')).toBeCloseTo(0.5);
  });
  it('a pack size is checked like any other quantity', () => {
    const source = [{ id: 's', text: 'The lotion costs £14.95 for 100ml, from pharmacies. The spray costs £40 for 80ml.' }];
    const verdict = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure))?.verdict;
    expect(verdict('The lotion costs £14.95 for 100ml.', '100ml')).toBe('supported');
    expect(verdict('The lotion costs £14.95 for 0.1 litres.', '0.1')).toBe('supported');
    expect(verdict('The spray costs £40 for 90ml.', '90ml')).not.toBe('supported');
  });
});

describe('units of three words', () => {
  it('"60 frames per second" is the source\'s "60fps", and "70 miles per hour" a speed', () => {
    expect(findMentions('The game runs at 60 frames per second.').map((m) => [m.text, m.kind, m.unit])).toEqual([['60 frames per second', 'quantity', 'fps']]);
    expect(findMentions('He drove at 70 miles per hour.').map((m) => [m.text, m.unit])).toEqual([['70 miles per hour', 'mph']]);
    const source = [{ id: 's', text: 'Screenshots show the city at 1080p and 60fps. The car hit 70mph on the bypass.' }];
    const verdict = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure))?.verdict;
    expect(verdict('The screenshots show the city at 60 frames per second.', '60')).toBe('supported');
    expect(verdict('The screenshots show the city at 30 frames per second.', '30')).not.toBe('supported');
    expect(verdict('The car hit about 113km/h on the bypass.', '113')).toBe('supported');
  });
});

describe('power in the singular', () => {
  it('"a 2,000 megawatt station" is the draft\'s "2,000-megawatt plant", and "2GW"', () => {
    const source = [{ id: 's', text: 'The 2,000 megawatt oil-fired power station was commissioned in 1971.' }];
    const verdict = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure))?.verdict;
    expect(verdict('The 2,000-megawatt plant was commissioned in 1971.', '2,000')).toBe('supported');
    expect(verdict('The 2GW plant was commissioned in 1971.', '2GW')).toBe('supported');
    expect(verdict('The 3,000-megawatt plant was commissioned in 1971.', '3,000')).not.toBe('supported');
  });
});

describe('megawatts electrical', () => {
  it('"90MWe" is 90 megawatts', () => {
    const source = [{ id: 's', text: 'The plant is expected to produce up to 90MWe of electricity annually.' }];
    expect(checkDraft('The station should generate up to 90MW of electricity.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('The station should generate up to 120MW of electricity.', source)[0]?.verdict).not.toBe('supported');
  });
});
