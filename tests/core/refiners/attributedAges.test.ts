import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('attributedAges', () => {
  it('reads ages in apposition to a person noun', () => {
    expect(findMentions('Police said a man, 41, and a woman, 23, were arrested.').map((m) => m.kind)).toEqual(['age', 'age']);
  });
  it('an age is not a count: it neither supports nor contradicts one', () => {
    const [c] = checkDraft('Two people were arrested.', [{ id: 's', text: 'Police said a man, 41, and a woman, 23, were arrested.' }]);
    expect(c?.verdict).not.toBe('contradicted');
    expect(c?.evidence.map((e) => e.value)).not.toContain('23');
  });
  it('reads "a 12-year-old boy", "a boy aged 12" and "the striker, 35," as ages of that person', () => {
    const verdicts = (draft: string, source: string) => checkDraft(draft, [{ id: 's', text: source }]).map((c) => c.verdict);
    expect(verdicts('A 12-year-old boy was among the dead.', 'Among the victims was a boy aged 12.')).toEqual(['supported']);
    expect(verdicts('A 12-year-old girl was among the dead.', 'Among the victims were a boy aged 12 and a girl aged 9.')).toEqual(['contradicted']);
    expect(verdicts('The 35-year-old striker scored twice.', 'The striker, 35, scored two goals.')).toEqual(['supported', 'supported']);
    expect(verdicts('A 23-year-old man and a 41-year-old woman were arrested.', 'A man, 41, and a woman, 23, were arrested.')).toEqual(['contradicted', 'contradicted']);
    // A man told by a common noun may be the source's named man.
    expect(verdicts('A 41-year-old man was arrested.', 'Police arrested John Smith, 41, on Friday.')).toEqual(['supported']);
  });
  it('an age after a name, in apposition with "a": "Tahir Hart, a 27-year-old taxi driver", is the named person\'s', () => {
    const source = [{ id: 's', text: 'Imran Lowe, 27, from Southall, faces prison. His cousin Tahir Hart, a taxi driver from Watford, helped him.' }];
    const c = checkDraft('His cousin Tahir Hart, a 27-year-old taxi driver, helped him.', source)[0];
    expect(c?.verdict).toBe('unsupported');
    expect(c?.explanation).toContain("Lowe's age");
  });
  it('a double-barrelled surname is the whole name: "Nazanin Zaghari-Hart, 41" is not "Mr Hart, 41"', () => {
    const source = [{ id: 's', text: 'Mrs Zaghari-Hart, 37, was jailed in Tehran. Mr Hart, 41, believes his wife is a bargaining chip.' }];
    const c = checkDraft('Nazanin Zaghari-Hart, 41, was jailed in Tehran.', source)[0];
    expect(c?.verdict).toBe('contradicted');
    expect(c?.explanation).toContain("Zaghari-Hart '37'");
    // Where the source gives only his age, hers is not stated.
    const his = [{ id: 's', text: 'Mrs Zaghari-Hart was jailed in Tehran. Mr Hart, 41, believes his wife is a bargaining chip.' }];
    expect(checkDraft('Nazanin Zaghari-Hart, 41, was jailed in Tehran.', his)[0]?.verdict).toBe('unsupported');
    expect(checkDraft('Nazanin Zaghari-Hart, 37, was jailed in Tehran.', source)[0]?.verdict).toBe('supported');
  });
  it('reads an age between a comma and a closing dash as the named person\'s: "Elizeu Santos da Silva, 47 - somehow survived"', () => {
    const src = [{ id: 's', text: 'A seventh victim - Elizeu Santos da Silva, 47 - somehow survived the shooting. Six others, among them a man of 38, died.' }];
    expect(checkDraft('A seventh victim, Elizeu Santos da Silva, 47, died later in hospital.', src).find((c) => c.text === '47')?.verdict).toBe('supported');
    expect(checkDraft('A seventh victim, Elizeu Santos da Silva, 38, died later in hospital.', src).find((c) => c.text === '38')?.verdict).toBe('contradicted');
  });
  it('reads "Kadiza Sultana was 16." as her age, so the source\'s "Kadiza Sultana, 16 -" supports it', () => {
    const src = [{ id: 's', text: 'Shamima Begum, 15, and Kadiza Sultana, 16 - all from east London - took flights to Istanbul.' }];
    expect(checkDraft('Shamima Begum was 15, and Kadiza Sultana was 16.', src).map((c) => c.verdict)).toEqual(['supported', 'supported']);
    expect(checkDraft('Kadiza Sultana was 15.', src)[0]?.verdict).toBe('contradicted');
  });
  it('reads a role with a hyphenated modifier as a person: "The six-time world champion, 39,"', () => {
    const src = [{ id: 's', text: "Ronnie O'Sullivan leads 12-4. The 39-year-old made three centuries on Sunday." }];
    expect(checkDraft('The six-time world champion, 39, leads 12-4.', src).find((c) => c.text === '39')?.verdict).toBe('supported');
    expect(checkDraft('The six-time world champion, 38, leads 12-4.', src).find((c) => c.text === '38')?.verdict).not.toBe('supported');
  });
  it('reads "Johnson, a 27-year-old student," at the start of a paragraph as Johnson\'s age; "Yesterday, a 27-year-old man" names no one', () => {
    const src = [{ id: 's', text: 'The family of Los Angeles-born Johnson had fought to overturn a finding that the 27-year-old mathematician had taken his own life.' }];
    const age = (draft: string) => checkDraft(draft, src).find((c) => c.kind === 'age')?.explanation ?? '';
    expect(age('Johnson, a 27-year-old doctoral student, died at a spot known as a meeting place.')).toContain('for Johnson');
    expect(age('Yesterday, a 27-year-old man died at a spot known as a meeting place.')).not.toContain('Yesterday');
  });
});

describe('attributedAges: "He was 88."', () => {
  it('a sentence of a pronoun, "was" and a number is an age', () => {
    expect(findMentions('Okafor died on Sunday. He was 88.').filter((m) => m.value === 88).map((m) => m.kind)).toEqual(['age']);
    expect(findMentions('He was 88 times luckier than his rivals.').filter((m) => m.value === 88).map((m) => m.kind)).toEqual(['count']);
  });
});

describe('ages told by epithet', () => {
  it('"The 39-year-old former Hearts boss" meets "the 39-year-old paid tribute", where neither names whose', () => {
    const source = [{ id: 's', text: 'Locke will be confirmed as manager on Friday. On Thursday the 39-year-old paid tribute to his players.' }];
    expect(checkDraft('The 39-year-old former Hearts boss is to be handed a two-year deal.', source).find((c) => c.text.startsWith('39'))?.verdict).toBe('supported');
    expect(checkDraft('The 41-year-old former Hearts boss is to be handed a two-year deal.', source).find((c) => c.text.startsWith('41'))?.verdict).not.toBe('supported');
  });
});

describe('ages with a word of time', () => {
  it('"Charnley, still 25," and "Jocelyn McKay is now 81 and …" are ages', () => {
    expect(findMentions('Charnley, still 25, admitted he wants to play for England.').find((m) => m.value === 25)?.kind).toBe('age');
    expect(findMentions('Jocelyn McKay is now 81 and said she feels released.').find((m) => m.value === 81)?.kind).toBe('age');
    const source = [{ id: 's', text: 'Jocelyn McKay is now 81 and said she feels released.' }];
    expect(checkDraft('Jocelyn McKay, now 81, told the BBC she felt released.', source).find((c) => c.text === '81')?.verdict).toBe('supported');
  });
});

describe('attributedAges: the closing comma lost before the verb', () => {
  it('"Mrs Zaghari-Ratcliffe, 38 has spent time in solitary confinement" is her age; "In Lincoln, 38 people were hurt" a count', () => {
    expect(findMentions('Mrs Zaghari-Ratcliffe, 38 has spent time in solitary confinement.')[0]).toMatchObject({ kind: 'age', value: 38 });
    expect(findMentions('In Lincoln, 38 people were hurt.')[0]).toMatchObject({ kind: 'count', value: 38 });
  });
});

describe('attributedAges: "a woman of 83", "his son, who was only 19,"', () => {
  it('are ages; "a mother of three" is a count of children', () => {
    expect(findMentions('He took money from pensioners, among them a woman of 83 and a man of 91.').map((m) => m.kind)).toEqual(['age', 'age']);
    expect(findMentions('His son, who was only 19, was badly injured.')[0]).toMatchObject({ kind: 'age', value: 19 });
    expect(findMentions('A married mother of three, she had worked as a crossing patrol.')[0]).toMatchObject({ kind: 'count', value: 3 });
  });
});

describe('a generational suffix after the surname', () => {
  it('gives the age to the surname, not to "III" or "Jr"', () => {
    const claims = checkDraft('Firefighter Searcy Jackson III, 50, helped pull bodies from the wreck.', [{ id: 's', text: 'Firefighter Searcy Jackson III said he had never seen such devastation. "They were trapped in the metal," said Jackson, 50.' }]);
    expect(claims.find((c) => c.text === '50')?.verdict).toBe('supported');
    const wrong = checkDraft('Firefighter Searcy Jackson III, 56, helped pull bodies from the wreck.', [{ id: 's', text: 'Firefighter Searcy Jackson III said he had never seen such devastation. "They were trapped in the metal," said Jackson, 50.' }]);
    expect(wrong.find((c) => c.text === '56')?.verdict).toBe('contradicted');
  });
});

describe('attributedAges: a plural verb after the number', () => {
  it('"… at Yun Men Tsui Ti, 67 were missing" counts the missing; "Mrs Okafor, 38 has spent" is still her age', () => {
    expect(findMentions('Four people died at the Marshal Tower, 67 were missing and 61 were rescued.').find((m) => m.value === 67)?.kind).toBe('count');
    expect(findMentions('Mrs Okafor, 38 has spent time in solitary confinement.')[0]?.kind).toBe('age');
  });
});
