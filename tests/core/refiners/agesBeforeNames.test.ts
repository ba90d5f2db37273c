import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{
  id: 's',
  text: 'The film tells the story of 23-year-old student Meena Rao, who was attacked on a bus. Four men were convicted: Arun Rao, 26, Vikram Das, 28, and two others.',
}];

describe('agesBeforeNames', () => {
  it('an age before a role and a name is that person\'s age', () => {
    const c = checkDraft('The attack on Meena Rao, 23, led to protests.', source)[0];
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Source: '23-year-old student' for Meena Rao. Draft: '23'.");
  });
  it('another person with the same surname does not decide it', () => {
    expect(checkDraft('Arun Rao, 26, was convicted.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Meena Rao, 26, died in hospital.', source)[0]?.verdict).toBe('contradicted');
  });
  it('needs a given name and a surname: a single capitalised word may be a place or a team', () => {
    const src = [{ id: 's', text: 'The 39-year-old Chelsea fan was arrested. Tom Hart, 41, was released.' }];
    expect(checkDraft('Tom Hart, 39, was arrested.', src)[0]?.verdict).not.toBe('supported');
  });
  it('after "a" the capitals straight after the age qualify the noun: "a 41-year-old Royal Navy diver" is no one called Navy', () => {
    const src = [{ id: 's', text: 'Diver Sam Pryce, 41, found the wreck off Plymouth last spring.' }];
    const c = checkDraft('Sam Pryce, a 41-year-old Royal Navy diver, found the wreck.', src)[0];
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).not.toContain("Navy's");
  });
  it('reads a name with a particle whole: "30-year-old Edgar Ricardo de Oliveira" is Oliveira, not Ricardo', () => {
    const src = [{ id: 's', text: 'His accomplice, 30-year-old Edgar Ricardo de Oliveira, surrendered on Thursday. The owner, Maciel Bruno de Andrade Costa, 35, died.' }];
    expect(checkDraft('Edgar Ricardo de Oliveira, 30, handed himself in.', src)[0]?.verdict).toBe('supported');
    expect(checkDraft('Edgar Ricardo de Oliveira, 35, handed himself in.', src)[0]?.verdict).toBe('contradicted');
    expect(checkDraft('The owner was 38-year-old Maciel Bruno de Andrade Costa.', src)[0]?.verdict).toBe('contradicted');
  });
  it('takes four plain capitals after an age for an institution, not a person: "the 15-year-old West Calder High School pupil"', () => {
    const src = [{ id: 's', text: 'Jak Trueman, 15, died in hospital on Friday.' }];
    expect(checkDraft('Jak Trueman, the 15-year-old West Calder High School pupil, died on Friday.', src)[0]?.verdict).toBe('supported');
  });
  it('"the 27-year-old Gray" is Gray\'s age once the story has named David Gray, and the source\'s "Stokes, the 27-year-old Ireland forward" is Stokes\'s', () => {
    const src = [{ id: 's', text: 'Hibs won the cup with a late header from captain David Gray. Stokes, the 27-year-old Ireland forward, had given them an early lead.' }];
    const draft = 'Captain David Gray won the cup for Hibs. Stokes levelled late on, and the 27-year-old Gray won it in the 91st minute.';
    expect(checkDraft(draft, src).find((c) => c.text === '27-year-old')?.verdict).not.toBe('supported');
    expect(checkDraft('Stokes, the 27-year-old forward, scored early.', src).find((c) => c.text === '27-year-old')?.verdict).toBe('supported');
  });
  it('an age standing for the person after a place is no place\'s age: "in Dubai, the 27-year-old carding a 75"', () => {
    const src = [{ id: 's', text: 'McIlroy, 27, shot a three-over 75 in Dubai on Thursday.' }];
    expect(checkDraft('McIlroy struggled in Dubai, the 27-year-old carding a three-over 75.', src).find((c) => c.text === '27-year-old')?.verdict).toBe('supported');
  });
});
