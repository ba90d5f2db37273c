// A gap in bare "degrees" takes the scale of its sentence's temperatures, and a bound on a gap
// is near its round number.
import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('bareDegrees', () => {
  it('"some 12 degrees above … about 23C" is a gap in Celsius, and the draft\'s own 35C less 23C', () => {
    const text = 'Temperatures have reached 35C (95F), some 12 degrees above the usual summer level of about 23C.';
    expect(findMentions(text).find((m) => m.text.includes('12'))?.unit).toBe('°C');
    const src = [{ id: 's', text: 'Temperatures have reached 35C (95F). The usual summer level is about 23C.' }];
    expect(checkDraft(text, src).find((c) => c.text.includes('12'))?.verdict).toBe('supported');
    expect(checkDraft(text.replace('some 12', 'some 14'), src).find((c) => c.text.includes('14'))?.verdict).not.toBe('supported');
  });
  it('a level in bare degrees keeps no scale it may not have ("Portland hit 108 degrees, about 42C")', () => {
    expect(findMentions('Portland hit 108 degrees, about 42C, a record.').find((m) => m.text.includes('108'))?.kind).toBe('count');
  });
  it('a bound on a gap is near its round number: "as much as 13 degrees above normal" is no gap of 1', () => {
    const src = [{ id: 's', text: 'Normal highs are 18C or 19C. Temperatures could reach 20C.' }];
    const draft = 'Normal highs are 18C or 19C, and with 20C forecast, temperatures could be as much as 13 degrees above normal.';
    expect(checkDraft(draft, src).find((c) => c.text.includes('13'))?.verdict).not.toBe('supported');
  });
});
