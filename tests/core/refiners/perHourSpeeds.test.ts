import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('perHourSpeeds', () => {
  it('reads a clipped distance before "per hour" or "an hour" as a speed', () => {
    const ms = findMentions('The train was travelling at 80mph (around 128km per hour), and the car at 96km an hour.');
    expect(ms.map((m) => [m.text, m.unit])).toEqual([['80mph', 'mph'], ['around 128km per hour', 'km/h'], ['96km an hour', 'km/h']]);
  });

  it('reads both sides of a bracketed conversion that "per hour" follows as speeds', () => {
    const ms = findMentions('The orbiter flew at 17,500 miles (28,160 kilometers) per hour.');
    expect(ms.map((m) => [m.text, m.unit])).toEqual([['17,500 miles', 'mph'], ['28,160 kilometers', 'km/h']]);
  });

  it('leaves a distance alone: "10 miles a day", "20 miles (32km) from the city"', () => {
    const ms = findMentions('He ran 10 miles a day; the farm is 20 miles (32km) from the city.');
    expect(ms.map((m) => m.unit)).toEqual(['mile', 'mile', 'km']);
  });

  it('lets the source\'s speed support the draft\'s, in either unit', () => {
    const source = [{ id: 's', text: 'Investigators said the train was travelling at 80mph (around 128km per hour) on a curve. The shuttle could fly at speeds of 17,500 miles (28,160 kilometers) per hour.' }];
    const [c] = checkDraft('The train was going at about 128km/h on the curve.', source);
    expect(c?.verdict).toBe('supported');
    const [d] = checkDraft('The shuttle could travel at 17,500 mph.', source);
    expect(d?.verdict).toBe('supported');
    const [e] = checkDraft('The shuttle could travel at 19,500 mph.', source);
    expect(e?.verdict).not.toBe('supported');
  });
});
