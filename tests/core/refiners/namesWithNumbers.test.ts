import { describe, expect, it } from 'vitest';
import { checkDraft, findMentions } from '../../../core/index.ts';

describe('namesWithNumbers', () => {
  it('reads numbers inside names as names', () => {
    const ms = findMentions('They marked World War Two and Formula One on Channel 5 with Windows 11 and Type 22 frigates.');
    expect(ms.map((m) => m.code)).toEqual(['War Two', 'Formula One', 'Channel 5', 'Windows 11', 'Type 22']);
  });
  it('knows name heads in lower-cased copy', () => {
    expect(findMentions('the end of world war two')[0]?.code).toBe('war two');
  });
  it('reads a name after a verb that takes a person and an amount as the person, not a name with a number', () => {
    expect(findMentions('It took Hart 14 holes to make a birdie.').map((m) => [m.kind, m.value, m.code])).toEqual([['count', 14, undefined]]);
    expect(findMentions('The slip cost Rovers 3 points.')[0]?.code).toBeUndefined();
  });
  it('reads a capitalised number word opening a name as the name ("the Six Nations"), in lower-cased copy too', () => {
    expect(findMentions('Wales won the Six Nations in 2008.').map((m) => m.code)).toEqual(['Six Nations', undefined]);
    expect(findMentions('he is back for the six nations on saturday')[0]?.code).toBe('six nations');
    // A clock time stays a time: "the Ten O'Clock News".
    expect(findMentions("a piece for the Ten O'Clock News")[0]?.code).toBeUndefined();
  });
  it('reads a line-up\'s shirt numbers as names ("15-Stuart Hogg; 3-Zander Fagerson"), never a score', () => {
    expect(findMentions('Scotland: 15-Stuart Hogg; 14-Tommy Seymour, 3-Zander Fagerson.').map((m) => m.code)).toEqual(['15-Stuart', '14-Tommy', '3-Zander']);
    expect(findMentions('Scotland won 3-1 in March.')[0]?.kind).toBe('score');
  });
  it('leaves figures after sentence-opening or function words alone', () => {
    expect(findMentions('In 12 cases police acted. Some 40 people came.').map((m) => m.code)).toEqual([undefined, undefined]);
  });
  it('a name is not a claim, so it cannot support one', () => {
    const claims = checkDraft('More than 20 parties signed the deal.', [{ id: 's', text: 'The navy retired its Type 22 frigates. Parties signed the deal.' }]);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.verdict).toBe('unsupported');
    expect(checkDraft('The museum marks World War Two.', [{ id: 's', text: 'The museum opened.' }])).toEqual([]);
  });
  it('shows a name whose number differs from the one the sources use, citing their spelling', () => {
    const source = [{ id: 's', text: 'Sales of its SARS-CoV-2 vaccine fell. The laptops run Windows 10.' }];
    const claims = checkDraft('Sales of its SARS-CoV-3 vaccine fell on laptops running Windows 11.', source);
    expect(claims.map((c) => [c.text, c.verdict, c.nearMiss?.value])).toEqual([
      ['SARS-CoV-3', 'unsupported', 'SARS-CoV-2'],
      ['Windows 11', 'unsupported', 'Windows 10'],
    ]);
    expect(claims[0]?.explanation).toBe("No source names 'SARS-CoV-3'; the source names 'SARS-CoV-2'.");
  });
  it('says nothing of a name the sources spell the same way, or never name at all', () => {
    const source = [{ id: 's', text: 'Sales of its SARS-CoV-2 vaccine fell.' }];
    expect(checkDraft('Sales of its SARS-CoV-2 vaccine fell as F-16 jets flew over.', source)).toEqual([]);
  });
  it('"led England 31 times" counts how often, after the verb\'s object: no name', () => {
    expect(findMentions('Illingworth led England 31 times.').map((m) => [m.text, m.kind])).toEqual([['31', 'count']]);
  });
  it('"the par-five 18th" names the hole as "the par-5 18th" does; "par-four" is its near miss', () => {
    const source = [{ id: 's', text: 'DeChambeau made a birdie on the par-5 18th hole to post 21 under.' }];
    expect(checkDraft('DeChambeau had birdied the par-five 18th.', source).map((c) => c.text)).toEqual(['18th']);
    const slip = checkDraft('DeChambeau had birdied the par-four 18th.', source).find((c) => c.text === 'par-four');
    expect(slip?.verdict).toBe('unsupported');
    expect(slip?.nearMiss?.note).toBe("The source names 'par-5'.");
  });
});

describe('namesWithNumbers: after an initial\'s full stop', () => {
  it('"U.S. Highway 101" is a road\'s name, as "Highway 101" is: the stop of "U.S." ends no sentence', () => {
    expect(findMentions('The bus flipped onto its side on U.S. Highway 101 in San Jose.')[0]?.text).toBe('Highway 101');
    const source = [{ id: 's', text: 'A Greyhound bus flipped on its side on Highway 101 in San Jose.' }];
    expect(checkDraft('The bus flipped onto its side on U.S. Highway 101 in San Jose.', source).filter((c) => c.verdict !== 'supported')).toEqual([]);
  });
});

describe('namesWithNumbers: the world wars by their ordinal', () => {
  it('"the Second World War" is a name, no ordinal to check, and the same war as "World War Two"', () => {
    expect(findMentions('It was the deepest recession since the Second World War.')[0]).toMatchObject({ text: 'Second World War', code: 'War 2' });
    expect(checkDraft('It was the deepest recession since the Second World War.', [{ id: 's', text: 'The economy shrank by 6%.' }])).toEqual([]);
    const source = [{ id: 's', text: 'It was the deepest recession since World War Two.' }];
    expect(checkDraft('It was the deepest recession since the Second World War.', source).filter((c) => c.verdict !== 'supported')).toEqual([]);
    expect(checkDraft('It was the deepest recession since the First World War.', source)[0]?.verdict).toBe('unsupported');
  });
});

describe('tallies that are no names', () => {
  it('"gave the Lib Dems 686 votes" is a tally after a verb that takes an amount, not a name like "Boeing 737"', () => {
    expect(findMentions('The count gave the Lib Dems 686 votes against 493 for the Conservatives.')[0]?.code).toBeUndefined();
    expect(findMentions('He flew on a Boeing 737 jet.')[0]?.code).toBe('Boeing 737');
  });
  it('"Voting was: LD 686, C 493, Green 67" lists tallies, the first after the colon too', () => {
    const src = [{ id: 's', text: 'Voting was: LD 686, C 493, Green 67, Lab 31.' }];
    const on = (draft: string, figure: string) => checkDraft(draft, src).find((c) => c.text.includes(figure))?.verdict;
    expect(on('The count gave the Lib Dems 686 votes against 493 for the Conservatives, a majority of 193.', '686')).toBe('supported');
    expect(on('The count gave the Lib Dems 686 votes against 493 for the Conservatives, a majority of 193.', '193')).toBe('supported');
  });
  it('so does a list whose first name has two words: "as follows: Scottish Greens 12, Plaid Cymru 9"', () => {
    const text = 'The final seats are as follows: Scottish Greens 12, Plaid Cymru 9, Lib Dems 4.';
    expect(findMentions(text).map((m) => [m.text, m.code])).toEqual([['12', undefined], ['9', undefined], ['4', undefined]]);
    expect(checkDraft('The Scottish Greens finished on 12 seats.', [{ id: 's', text }])[0]?.verdict).toBe('supported');
    expect(findMentions('He flew on a Boeing 737 jet.')[0]?.code).toBe('Boeing 737');
  });
});

describe('a number inside a name ends no range', () => {
  it('"up 5.09 per cent on the FTSE 250 to 1,383.00" gives the share price 1,383, not a range from 250', () => {
    const source = [{ id: 's', text: 'By 09:15 shares in Go-Ahead were up 5.09 per cent on the FTSE 250 to 1,383.00.' }];
    expect(checkDraft('By 9.15am, Go-Ahead shares were up 5.09% at 1,383 on the FTSE 250.', source).find((c) => c.text.startsWith('1,383'))?.verdict).toBe('supported');
  });
});

describe('namesWithNumbers: a scorecard\'s entries are players\' figures', () => {
  const card = [{ id: 's', text: 'England second innings: 378-3 (Root 142*, Bairstow 114*; Bumrah 2-74). India second innings: 245 (Pujara 66, Pant 57; Stokes 4-33).' }];
  it('"(Root 142*, Bairstow 114*" gives Root 142 and Bairstow 114, not names like "Channel 5"', () => {
    expect(findMentions(card[0]!.text).filter((m) => m.code !== undefined)).toEqual([]);
    expect(checkDraft('Root made 142 and Bairstow 114.', card).map((c) => c.explanation)).toEqual(["Source: '142' for Root. Draft: '142'.", "Source: '114' for Bairstow. Draft: '114'."]);
    expect(findMentions('The film was shown on Channel 5 last night.').map((m) => m.code)).toContain('Channel 5');
  });
  it('so a report\'s "Root finished on 142 not out" is supported and a swap is not', () => {
    expect(checkDraft('Root finished on 142 not out. India were bowled out for 245, Cheteshwar Pujara top-scoring with 66.', card).map((c) => c.verdict)).toEqual(['supported', 'supported', 'supported']);
    expect(checkDraft('Root finished on 114 not out, while Bairstow made 142.', card).map((c) => c.verdict)).not.toContain('supported');
  });
});
