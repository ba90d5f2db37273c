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
});
