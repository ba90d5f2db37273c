import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';
import { headsAgree } from '../../../core/frames/headsAgree.ts';

const verdict = (draft: string, source: string): string | undefined => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;

describe('a value-only match supports only when the nouns agree', () => {
  it('"first time" is not "first round"', () => {
    expect(verdict('He won the title for the first time.', 'He lost in the first round last year.')).toBe('unsupported');
  });
  it('"six workers" is "six personnel"; "six people" is any six people', () => {
    expect(headsAgree('worker', 'personnel')).toBe(true);
    expect(headsAgree('peopl', 'tourist')).toBe(true);
    expect(headsAgree('tourist', 'student')).toBe(false);
  });
  it('a hyphenated modifier counts as the noun: "second-half strike" / "second half"', () => {
    expect(verdict("Mooy's second-half strike won it.", 'Mooy scored early in the second half.')).toBe('supported');
  });
});

describe('an ordinal ranks a noun', () => {
  it('a bare "first" in a source does not support "first win"', () => {
    expect(verdict('They earned their first win of the season.', 'They finished first in the table.')).toBe('unsupported');
    expect(verdict('They earned their first win of the season.', 'It was their first win since May.')).toBe('supported');
  });
});

describe('a group of people is part of people in general', () => {
  it('"19 people" is not contradicted by "seven patients"', () => {
    expect(verdict('The strike killed 19 people.', 'The strike killed seven patients, officials said.')).not.toBe('contradicted');
  });
});

describe('nouns newsrooms use for the same thing', () => {
  it('"games" and "matches", "homes" and "households" agree; "games" and "goals" do not', () => {
    expect(verdict('The team has won 10 of its last 12 games.', 'They have won ten of their last twelve matches.')).toBe('supported');
    expect(verdict('The storm left 200,000 homes without power.', 'About 200,000 households lost electricity.')).toBe('supported');
    expect(verdict('He has played 12 games this season.', 'He has scored 12 goals this season.')).not.toBe('supported');
  });
});

describe('a round share needs more than its whole', () => {
  it('"a quarter of the budget goes on defence" is not supported by health\'s 25% of it', () => {
    expect(verdict('A quarter of the budget goes on health.', 'Health takes 25% of the budget.')).toBe('supported');
    expect(verdict('Around a quarter of the budget goes on health.', 'Health takes 26% of the budget.')).toBe('supported');
    expect(verdict('A quarter of the budget goes on defence.', 'Health takes 25% of the budget.')).not.toBe('supported');
    // A precise share is unlikely to be another one.
    expect(verdict('Unemployment is 5.2pc.', 'The jobless rate stands at 5.2 per cent.')).toBe('supported');
  });
});

describe('another outcome', () => {
  it('"three people were injured" is not supported by "three people were killed and 12 injured"', () => {
    const source = 'Three people were killed and 12 injured.';
    expect(verdict('Three people were injured.', source)).not.toBe('supported');
    expect(verdict('Three people were killed.', source)).toBe('supported');
    expect(verdict('Six were seriously injured.', '45 people were injured, six of them seriously.')).toBe('supported');
  });
});

describe('a player\'s games are his appearances', () => {
  it('"three league appearances" and "14 games" are a fact file\'s "3 apps" and "14 apps"', () => {
    const file = 'Leeds (2019-21): 3 apps, 0 goals. Hull (loan): 14 apps, 2 goals.';
    expect(verdict('He made three league appearances for Leeds.', file)).toBe('supported');
    expect(verdict('He played 14 games on loan at Hull.', file)).toBe('supported');
    // Goals are not games.
    expect(verdict('He scored 14 goals on loan at Hull.', file)).not.toBe('supported');
  });
});

describe('an occasion counted by its try', () => {
  it('"at the first attempt" is "first time"; "second attempt" is not', () => {
    const source = 'She cleared the bar first time and took the title.';
    expect(verdict('She cleared the bar at the first attempt.', source)).toBe('supported');
    expect(verdict('She cleared the bar at the second attempt.', source)).not.toBe('supported');
    expect(verdict('They went through at the second attempt.', 'They went through at the second time of asking.')).toBe('supported');
    // A round is no try.
    expect(verdict('She won in the first round.', source)).not.toBe('supported');
  });
});

describe('a grand prix is a race', () => {
  it('"12 straight races" is "12 consecutive grands prix"; goals are not races', () => {
    const source = 'She has now finished on the podium at 12 consecutive grands prix.';
    expect(verdict('She has finished on the podium in 12 straight races.', source)).toBe('supported');
    expect(verdict('She has scored 12 goals.', source)).not.toBe('supported');
  });
});

describe('a weak frame needs a value of the same kind', () => {
  it('"around 2,000 pupils" is not supported by "changed career in 1975", a year', () => {
    const source = [{ id: 's', text: 'The writer became a teacher but changed career in 1975 to write full time. The campus will open in 2019.' }];
    const c = checkDraft('The new campus will cater for around 2,000 pupils.', source).find((x) => x.text.includes('2,000'));
    expect(c?.verdict).not.toBe('supported');
  });
});

describe('people counted by what they do', () => {
  it('"more than 40 million viewers" are the source\'s "More than 40 million people watched"', () => {
    expect(headsAgree('peopl', 'viewer')).toBe(true);
    expect(verdict('NASA said its live coverage drew more than 40 million viewers.', 'More than 40 million people watched NASA\'s live online broadcast of the event.')).toBe('supported');
    expect(verdict('NASA said its live coverage drew more than 40 million viewers.', 'More than 40 million dollars were spent on the broadcast of the event.')).not.toBe('supported');
  });
});
