// Guards for the faults a blind reader marked in our fact boxes (factbox-rubric.md), each on
// sentences written for the test: a bullet must read as a well-formed statement, every
// key figure must say what it counts, a bullet names its subject and states a fact, and an
// opinion keeps who holds it.
import { describe, expect, it } from 'vitest';
import { suggestFactBox } from '../../core/factbox/suggestFactBox.ts';

function box(text: string): string[] {
  return suggestFactBox([{ id: 's', text }]).map((b) => (b.label ? `${b.label}: ` : '') + b.text);
}

describe('fact-box faults a blind reader marked', () => {
  it('keeps articles and auxiliaries: "as result", "in number of", "suspended week" read as garbled', () => {
    const bullets = box('The harbour board has suspended the ferry captain for a week after a number of complaints from passengers. '
      + 'As a result, the ferry will run a reduced timetable for the rest of the month. '
      + 'The captain has been working on the route for a few years.');
    expect(bullets).toContain('The harbour board has suspended the ferry captain for a week after a number of complaints from passengers');
    for (const b of bullets) expect(b).not.toMatch(/\bas result\b|\bnumber of complaints\b(?<!a number of complaints)|\bfor week\b|\bfor few\b|\bfor rest\b/i);
  });
});
