// A score told side by side in words is the score a source writes with a hyphen.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'MPs voted in favour of the legislation, 329-300 – a majority of 29 votes. Barty led on receiving points won (33-18).' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure);

describe('sidesOfScore', () => {
  it('"by 329 votes to 300" is the source\'s 329-300, not a misstated majority of 29 votes', () => {
    const draft = 'The bill cleared its first hurdle by 329 votes to 300.';
    expect(on(draft, '329')?.verdict).toBe('supported');
    expect(on(draft, '329')?.explanation).toBe("Source: '329-300', the score told side by side. Draft: '329 votes to 300'.");
    expect(on(draft, '300')?.verdict).toBe('supported');
  });
  it('the other side may be named in the possessive: "33 receiving points to Vondrousova\'s 18"', () => {
    expect(on("Barty won 33 receiving points to Vondrousova's 18.", '18')?.verdict).toBe('supported');
  });
  it('a side the source\'s score does not have is not supported by it', () => {
    expect(on('The bill cleared its first hurdle by 329 votes to 310.', '310')?.verdict).not.toBe('supported');
  });
});
