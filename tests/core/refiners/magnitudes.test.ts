import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('magnitudes', () => {
  it('reads every way a magnitude is written', () => {
    for (const s of ['A magnitude-7.8 earthquake hit.', 'A 7.8-magnitude earthquake hit.', 'An earthquake of magnitude 7.8 hit.']) {
      expect(findMentions(s)).toMatchObject([{ kind: 'quantity', value: 7.8, unit: 'magnitude' }]);
    }
  });
  it('checks it only against magnitudes', () => {
    const src = [{ id: 's', text: 'The magnitude-7.9 quake struck at dawn, killing 7 people.' }];
    expect(checkDraft('A 7.8-magnitude quake struck.', src)[0]?.verdict).toBe('contradicted');
    expect(checkDraft('A magnitude-7.8 earthquake struck.', [{ id: 's', text: 'A powerful quake struck at dawn.' }])[0]?.verdict).toBe('unsupported');
  });
});

describe('magnitudes: a quake "measuring" a figure', () => {
  it('"The earlier quake, measuring 2.3" is a magnitude that meets the source\'s "magnitude 2.3 earthquake"', () => {
    expect(findMentions('The earlier quake, measuring 2.3, struck on Monday.').find((m) => m.value === 2.3)?.unit).toBe('magnitude');
    expect(findMentions('The index, measuring 2.3, rose.').find((m) => m.value === 2.3)?.unit).toBeUndefined();
    const source = [{ id: 's', text: 'The monitor was installed after the magnitude 2.3 earthquake on 1 April, which followed a 1.5 tremor in May.' }];
    expect(checkDraft('The earlier quake, measuring 2.3, struck on 1 April.', source).find((c) => c.text === '2.3')?.verdict).toBe('supported');
    expect(checkDraft('The earlier quake, measuring 1.5, struck on 1 April.', source).find((c) => c.text === '1.5')?.verdict).not.toBe('supported');
  });
  it('a fact box\'s "Magnitude: 7.8" names the scale of its line\'s figure', () => {
    const src = [{ id: 's', text: 'Rescuers searched the rubble on Tuesday after the 7.8-magnitude temblor struck the region before dawn.' }];
    expect(checkDraft('Key facts:\n- Magnitude: 7.8\n- Struck: before dawn', src).find((c) => c.text === '7.8')?.verdict).toBe('supported');
    expect(checkDraft('Key facts:\n- Magnitude: 7.6\n- Struck: before dawn', src).find((c) => c.text === '7.6')?.verdict).not.toBe('supported');
  });
});


describe('magnitudes: "the magnitude at" a figure', () => {
  it('"put the magnitude at 7.4" is the magnitude "pegged the quake at magnitude 7.4" states', () => {
    expect(findMentions('The agency put the magnitude at 7.4.').find((m) => m.value === 7.4)?.unit).toBe('magnitude');
    const source = [{ id: 's', text: 'The US Geological Survey pegged the quake at magnitude 7.4 and warned it could trigger a tsunami.' }];
    expect(checkDraft('The geological survey put the quake\'s magnitude at 7.4.', source).find((c) => c.text === '7.4')?.verdict).toBe('supported');
    expect(checkDraft('The geological survey put the quake\'s magnitude at 7.1.', source).find((c) => c.text === '7.1')?.verdict).not.toBe('supported');
  });
});

describe('magnitudes: a bare "a 6.8" once a quake has been told', () => {
  it('reads "first reported a 6.8" after a quake\'s magnitude as a magnitude, and a bare decimal elsewhere as a count', () => {
    const draft = 'The survey measured the quake at magnitude 6.9. It had first reported a 6.8 at a shallower depth.';
    expect(findMentions(draft).find((m) => m.value === 6.8)?.unit).toBe('magnitude');
    expect(findMentions('The index rose to a 6.8 at the close.').find((m) => m.value === 6.8)?.unit).toBeUndefined();
    expect(findMentions('The quake hit on Monday. Scores gave him a 6.8 rating.').find((m) => m.value === 6.8)?.unit).toBeUndefined();
    const source = [{ id: 's', text: 'The 6.9 magnitude quake hit at a depth of 52 kilometres. The USGS initially put the quake\'s magnitude at 6.8 before raising it.' }];
    expect(checkDraft(draft, source).find((c) => c.text.includes('6.8'))?.verdict).toBe('supported');
  });
});
