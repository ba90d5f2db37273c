import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Lee, 41, and Park, 34, were charged with fraud.' }];

describe('attributedFigure', () => {
  it('a swapped pair of ages is a contradiction, each against its own person', () => {
    const claims = checkDraft('Lee, 34, and Park, 41, were charged.', source);
    expect(claims.map((c) => c.verdict)).toEqual(['contradicted', 'contradicted']);
    expect(claims[0]?.explanation).toBe("Source gives Lee '41'. Draft: '34'.");
  });
  it('the same person with the same age is supported', () => {
    expect(checkDraft('Park, 34, was charged.', source)[0]?.verdict).toBe('supported');
  });
});

describe('attributedFigure: people who share a surname', () => {
  const family = [{ id: 's', text: 'Ravi Patel, 52, and his son Amit Patel, 24, were both injured. Mr Patel said the car came from nowhere.' }];
  it('a given name tells two Patels apart', () => {
    expect(checkDraft('Amit Patel, 24, was injured.', family)[0]?.verdict).toBe('supported');
    const c = checkDraft('Amit Patel, 52, was injured.', family)[0];
    expect(c?.verdict).toBe('contradicted');
    expect(c?.explanation).toBe("Source gives Amit Patel '24'. Draft: '52'.");
  });
  it('a surname alone may be either of them', () => {
    expect(checkDraft('Patel, 52, was injured.', family)[0]?.verdict).toBe('supported');
  });
  it('a capital that only opens a sentence is no given name', () => {
    const src = [{ id: 's', text: 'Married Adeli, 32, arranged to meet the girl. Police arrested Jafar Adeli at the bus station.' }];
    expect(checkDraft('Jafar Adeli, 32, was arrested.', src)[0]?.verdict).toBe('supported');
  });
  it('a given name alone is the person of that given name: "his son, Amit, 24"', () => {
    expect(checkDraft('His son, Amit, 24, was also injured.', family)[0]?.verdict).toBe('supported');
    const c = checkDraft('His son, Amit, 52, was also injured.', family)[0];
    expect(c?.verdict).toBe('contradicted');
    expect(c?.explanation).toBe("Source gives Amit '24'. Draft: '52'.");
  });
  it('a person told by a role is the named person the other text gives that role', () => {
    const source = [{ id: 's', text: 'Former Dons midfielder Sheerin, 39, has been player-manager since 2010. Shanghai have signed the Argentina forward, 32, from Boca Juniors.' }];
    const age = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;
    expect(age('The former Dons midfielder, 39, had been in charge since 2010.', '39')).toBe('supported');
    expect(age('The former Dons midfielder, 41, had been in charge since 2010.', '41')).toBe('contradicted');
    expect(age('Shanghai have signed Argentina forward Carlos Tevez, 32, from Boca Juniors.', '32')).toBe('supported');
  });
  it('an age the source gives no name, in a sentence naming the draft\'s person, is that person\'s', () => {
    const source = [{ id: 's', text: 'The family of Los Angeles-born Johnson fought to overturn a finding that the 27-year-old mathematician had taken his own life.' }];
    const age = (draft: string) => checkDraft(draft, source).find((c) => c.text.includes('year-old'));
    const c = age('Johnson, a 27-year-old PhD student, died in Sydney. The police said Johnson fell.');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('for Johnson');
    expect(age('Johnson, a 29-year-old PhD student, died in Sydney. The police said Johnson fell.')?.verdict).toBe('contradicted');
  });
  it('an age told after a named subject: "the oldest, Josue Ramos Tenorio, was 48"', () => {
    const source = [{ id: 's', text: 'They were named by police as Larissa Frasao de Almeida, 12, Orisberto Pereira Sousa, 38, and Josue Ramos Tenorio, 48.' }];
    const age = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text === figure)?.verdict;
    expect(age('The youngest victim, Larissa Frasao de Almeida, was just 12.', '12')).toBe('supported');
    expect(age('The oldest, Josue Ramos Tenorio, was 38.', '38')).toBe('contradicted');
  });
  it('does not give an age that opens a sentence to a person the sentence names only after it', () => {
    const source = [{ id: 's', text: "Sebastian Vettel won ahead of McLaren's Lewis Hamilton on Sunday. The 23-year-old German resisted all that Hamilton could throw at him. Vettel finished ahead of the 26-year-old Briton." }];
    expect(checkDraft('Hamilton, 26, finished second.', source)[0]?.verdict).not.toBe('contradicted');
  });
  it('two people of one surname: a given name that opens the sentence is a name where the source writes it with the surname', () => {
    const source = [{ id: 's', text: 'Jake Burns admitted flying drugs into two prisons. The 29-year-old, of Bootle, was jailed. His wife Danielle Burns, 34, was handed a suspended sentence. Prosecutors said Jake Burns dragged his wife into the enterprise.' }];
    const age = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'age');
    expect(age('Jake Burns, 29, flew drugs into two prisons.')?.verdict).toBe('supported');
    expect(age('Danielle Burns, 29, drove the car.')?.verdict).toBe('contradicted');
  });
  it('a common noun names no one: "A 15-year-old boy" may be the source\'s unnamed "A 15-year-old", whatever age its victim "boy" has', () => {
    const source = [{ id: 's', text: 'A 15-year-old who stabbed a boy celebrating the end of his GCSE exams has been detained for nine years. He was 14 when he stabbed a 16-year-old boy in the park.' }];
    const age = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'age')?.verdict;
    expect(age('A 15-year-old boy who knifed a teenager celebrating the end of his GCSE exams has been locked up for nine years.')).toBe('supported');
    expect(age('A 17-year-old boy who knifed a teenager celebrating the end of his GCSE exams has been locked up for nine years.')).not.toBe('supported');
  });
});

describe('attributedFigure: a figure of two names joined', () => {
  const CHASE = 'Chasing 242 to win, Stokes was unbeaten on 84 as he put on 110 with Jos Buttler (59) after England fell to 86-4.';
  it('is the pair\'s, not the second name\'s own figure', () => {
    expect(checkDraft('England wobbled at 86-4 before Ben Stokes and Jos Buttler added 110.', [{ id: 's', text: CHASE }]).find((c) => c.text === '110')?.verdict).toBe('supported');
  });
  it('one name alone is still checked against its own figure', () => {
    expect(checkDraft('England wobbled at 86-4 before Jos Buttler added 110.', [{ id: 's', text: CHASE }]).find((c) => c.text === '110')?.verdict).toBe('contradicted');
  });
});
