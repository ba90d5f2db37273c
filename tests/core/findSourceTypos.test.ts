// A source's own slips are not copied into the box: a name one letter off from how the story
// spells it elsewhere, a word written twice.
import { describe, expect, it } from 'vitest';
import { carriesSourceTypo, findSourceTypos, oneEditApart } from '../../core/factbox/findSourceTypos.ts';
import { suggestFactBox } from '../../core/index.ts';

describe('findSourceTypos', () => {
  it('measures one edit: a letter added, dropped, changed, or two swapped', () => {
    expect(oneEditApart('Advanced', 'Adanced')).toBe(true);
    expect(oneEditApart('Tewkesbury', 'Tewskesbury')).toBe(true);
    expect(oneEditApart('Hartley', 'Hatrley')).toBe(true);
    expect(oneEditApart('Hartley', 'Hartlay')).toBe(true);
    expect(oneEditApart('Hartley', 'Hartley')).toBe(false);
    expect(oneEditApart('Hartley', 'Harley-Davidson')).toBe(false);
  });

  it('finds a name used once, one edit from the story\'s usual spelling, but no plural or common word', () => {
    const text = 'Advanced Towing took the car. Advanced Towing said it was legal. McHenry called Adanced Towing corrupt. '
      + 'The Smiths and Mr Smith spoke to Smith again. These are the facts. There were three. There was one.';
    const typos = findSourceTypos(text);
    expect([...typos]).toEqual(['Adanced']);
    expect(carriesSourceTypo('McHenry called Adanced Towing corrupt', typos)).toBe(true);
    expect(carriesSourceTypo('Advanced Towing said it was legal', typos)).toBe(false);
    expect(carriesSourceTypo('The the car was towed', new Set())).toBe(true);
    expect(carriesSourceTypo('He had had enough', new Set())).toBe(false);
    // A name with an inner capital, written once without it.
    expect([...findSourceTypos('NatWest sacked him. NatWest refunded the customers. He worked at Natwest in Biggin Hill.')]).toEqual(['Natwest']);
  });

  it('keeps a bullet with the slip out of a box that has other facts', () => {
    const text = 'Radio host Ann Reed has been suspended for two weeks after a rant at a caller. '
      + 'Northern FM said the suspension would be reviewed. Northern FM received 40 complaints. '
      + 'Reed later called Nothern FM unfair in a post on Twitter that was shared 2,000 times. '
      + 'The caller, from Bradford, said he was shocked by the rant. '
      + 'Reed has worked at the station for ten years.';
    const bullets = suggestFactBox([{ id: 's', text }]).map((b) => b.text);
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    for (const b of bullets) expect(b).not.toMatch(/Nothern/);
  });
  it('an "of" left out of a two-word preposition is a slip: "ahead its new season"', () => {
    expect(carriesSourceTypo('The portrait was commissioned by the orchestra ahead its new season', new Set())).toBe(true);
    expect(carriesSourceTypo('The portrait was commissioned by the orchestra ahead of its new season', new Set())).toBe(false);
  });
});
