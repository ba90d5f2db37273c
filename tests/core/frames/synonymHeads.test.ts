// Copy names one thing in several words: a "film" is a "movie", a "win" a "victory".
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';
import { analyseText } from '../../../core/check/analyseText.ts';
import { frameMatch } from '../../../core/frames/frameOf.ts';

describe('headsAgree: nouns that name the same thing', () => {
  it('"a 1991 film" is the source\'s "1991 movie"', () => {
    const source = [{ id: 's', text: 'Actress Kathleen Hart played the detective in a 1991 movie based on the novel.' }];
    expect(checkDraft('Kathleen Hart played the detective in a 1991 film.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Kathleen Hart played the detective in a 1993 film.', source)[0]?.verdict).not.toBe('supported');
  });
  it('units a game is scored in are each their own tally: "three penalties" are not "three tries"', () => {
    const source = [{ id: 's', text: 'Scotland scored three pretty quick tries in the first half at Murrayfield.' }];
    expect(checkDraft('Scotland kicked three penalties in the first half at Murrayfield.', source)[0]?.verdict).not.toBe('supported');
    expect(checkDraft('Scotland scored three tries in the first half at Murrayfield.', source)[0]?.verdict).toBe('supported');
  });
  it('"more than 160 nations" are the source\'s "more than 160 countries"', () => {
    const source = [{ id: 's', text: 'Representatives from more than 160 countries decided to set aside radio spectrum.' }];
    expect(checkDraft('Representatives of more than 160 nations backed the plan.', source)[0]?.verdict).toBe('supported');
  });
  it('"three events" are the source\'s "three tournaments"', () => {
    const source = [{ id: 's', text: 'He has won the past three tournaments in which he has competed.' }];
    expect(checkDraft('He had won each of his past three events.', source)[0]?.verdict).toBe('supported');
  });
  it('"two headed chances" are the source\'s "two opportunities to head"', () => {
    const source = [{ id: 's', text: "Liverpool's Origi missed two opportunities to head his side level." }];
    expect(checkDraft('Substitute Origi missed two headed chances.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Substitute Origi missed three headed chances.', source)[0]?.verdict).not.toBe('supported');
  });
  it('"19 trucks" are the source\'s "19 Endurance pickups"; "hundreds of outlets" its "hundreds of stores"', () => {
    const source = [{ id: 's', text: 'Lordstown will voluntarily recall 19 Endurance pickups. The chain had planned to open hundreds of stores by 2030.' }];
    expect(checkDraft('It is also recalling 19 trucks.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('It had hoped to open hundreds of outlets by 2030.', source)[0]?.verdict).toBe('supported');
  });
  it('"the third one" counts the subject\'s noun: "Tuesday\'s extension was the third one granted"', () => {
    const source = [{ id: 's', text: "Andrew Tate was detained in December with his brother Tristan and two Romanian women. Tuesday's extension was the third one granted since the Tates were arrested at the end of 2022." }];
    const third = (draft: string) => checkDraft(draft, source).find((c) => /third|fourth/.test(c.text))?.verdict;
    expect(third('It is the third extension since Tate, his brother Tristan and two Romanian women were detained in December.')).toBe('supported');
    expect(third('It is the fourth extension since Tate, his brother Tristan and two Romanian women were detained in December.')).not.toBe('supported');
  });
  it('"had taken his own life in 1988" dates a death: "died in 1988" is supported, "died in 1989" not', () => {
    const source = [{ id: 's', text: 'The family of Los Angeles-born Johnson had fought for years to overturn an initial finding that the 27-year-old mathematician had taken his own life in 1988. A third inquest in 2017 found he fell.' }];
    const year = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'year')?.verdict;
    expect(year('Johnson, a doctoral student at the Australian National University, died in 1988 at a spot known as a meeting place.')).toBe('supported');
    expect(year('Johnson, a doctoral student at the Australian National University, died in 1989 at a spot known as a meeting place.')).not.toBe('supported');
  });
  it('"15,000 fans" are "the 15,000 spectators": a synonym frames the figure as the same noun would', () => {
    const frame = (text: string) => analyseText(text).mentions[0]!.frame;
    const fans = frame('Murray won as 15,000 fans rose to their feet.');
    const spectators = frame('The 15,000 spectators on Centre Court were on their feet.');
    const crowd = frame('The 15,000 seats on Centre Court were full.');
    expect(frameMatch(fans, spectators).score).toBeGreaterThan(frameMatch(fans, crowd).score + 1);
  });
  it('"level four times" is "locked on four separate occasions"', () => {
    const source = [{ id: 's', text: 'The Blues led 23-20 at the break, having scored 10 points. In a seesawing opening 40 minutes, scores were locked on four separate occasions, with Cuthbert and Moriarty trading tries before Shingler and Burns swapped penalties.' }];
    const times = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'count' && c.value !== 40)?.verdict;
    expect(times('A first half in which the scores were level four times also featured tries from Cuthbert and Moriarty and penalties from Shingler and Burns.')).toBe('supported');
    expect(times('A first half in which the scores were level five times also featured tries from Cuthbert and Moriarty and penalties from Shingler and Burns.')).not.toBe('supported');
  });
});

describe('synonym heads: two sides\' games are their meetings', () => {
  const source = [{ id: 's', text: 'In their past 17 meetings with the other top-six sides away from home, the team have won just once.' }];
  it('"17 away games against the top six" is the source\'s "17 meetings"', () => {
    expect(checkDraft('In their last 17 away games against the rest of the top six, they have won once.', source).find((c) => c.text.startsWith('17'))?.verdict).toBe('supported');
    expect(checkDraft('In their last 19 away games against the rest of the top six, they have won once.', source).find((c) => c.text.startsWith('19'))?.verdict).not.toBe('supported');
  });
});

describe('synonym heads: a crowd counted is its spectators', () => {
  const source = [{ id: 's', text: 'The 15,000 spectators on Centre Court rose to their feet.' }];
  it('"the 15,000 crowd rose to its feet"', () => {
    expect(checkDraft('The 15,000 crowd rose to its feet.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('The 25,000 crowd rose to its feet.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('synonym heads: a reverse is a defeat', () => {
  const source = [{ id: 's', text: 'They only suffered their first reverse under Locke when Ross County beat them 2-1.' }];
  it('"his first defeat came when Ross County won 2-1"', () => {
    expect(checkDraft('His first defeat came when Ross County won 2-1.', source).find((c) => c.text === 'first')?.verdict).toBe('supported');
    expect(checkDraft('His second defeat came when Ross County won 2-1.', source).find((c) => c.text === 'second')?.verdict).not.toBe('supported');
  });
});

describe('headsAgree: what a government enacts', () => {
  it('"three disputed policies" are the source\'s "three laws"; "three ministers" are not', () => {
    const source = [{ id: 's', text: 'The government is under pressure from Brussels to withdraw the three laws, two of which have already been passed.' }];
    expect(checkDraft('Brussels wants the government to withdraw three disputed policies.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Brussels wants the government to withdraw three ministers.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('headsAgree: caps', () => {
  it('"has won 16 caps" is the source\'s "capped 16 times by Wales"; "16 tries" is not', () => {
    const source = [{ id: 's', text: 'Webb, capped 16 times by Wales, has renewed his national dual contract.' }];
    expect(checkDraft('Webb, who has won 16 caps, has renewed his contract.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Webb, who has scored 16 tries, has renewed his contract.', source)[0]?.verdict).not.toBe('supported');
  });
  it('"12 councils" are "12 local authorities", "17 sites" are "17 factories", "14 knockouts" are "14 KOs"', () => {
    const on = (draft: string, source: string, figure: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text === figure)?.verdict;
    expect(on('The party lost 487 seats and 12 councils.', 'In total the party lost 487 council seats and 12 local authorities.', '12')).toBe('supported');
    expect(on('The company said 17 sites will now close.', 'The plan said 17 factories would close, 15 fewer than proposed.', '17')).toBe('supported');
    expect(on('Usyk, now 23-0 with 14 knockouts, retained his titles.', '"I win, it\'s good," said Usyk (23-0, 14 KOs).', '14')).toBe('supported');
    expect(on('The company said 18 sites will now close.', 'The plan said 17 factories would close, 15 fewer than proposed.', '18')).not.toBe('supported');
  });
  it('"each of the past two seasons" is "the last two editions" of a competition', () => {
    const source = [{ id: 's', text: 'Leinster, runners-up in the last two editions, will now meet Toulouse.' }];
    expect(checkDraft('Leinster, beaten finalists in each of the past two seasons, go through.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Leinster, beaten finalists in each of the past three seasons, go through.', source)[0]?.verdict).not.toBe('supported');
  });
  it('"Ten-man Scunthorpe" is the source\'s "Scunthorpe\'s 10 men": a hyphened noun is singular', () => {
    const source = [{ id: 's', text: "Scunthorpe's 10 men came from behind to draw 2-2 at Port Vale." }];
    expect(checkDraft('Ten-man Scunthorpe battled to a 2-2 draw at Port Vale.', source).find((c) => c.text === 'Ten')?.verdict).toBe('supported');
    expect(checkDraft('Nine-man Scunthorpe battled to a 2-2 draw at Port Vale.', source).find((c) => c.text === 'Nine')?.verdict).not.toBe('supported');
  });
  it('"about 768,000 customers" are the source\'s "about 768,132 clients"', () => {
    const source = [{ id: 's', text: 'Florida Power & Light Company has about 768,132 clients without power.' }];
    expect(checkDraft('Florida Power & Light had about 768,000 customers in the dark.', source)[0]?.verdict).toBe('supported');
    expect(checkDraft('Florida Power & Light had about 868,000 customers in the dark.', source)[0]?.verdict).not.toBe('supported');
  });
});

describe('synonymous heads: a match report\'s lead and spell of scoring', () => {
  const source = [{ id: 's', text: 'Boston closed the third quarter on a 26-7 run to take an 80-76 edge into the fourth, then opened the final period with an 11-4 run.' }];
  const verdictOf = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text.includes(text))?.verdict;
  it('"an 80-76 lead" is the source\'s "80-76 edge", "an 11-4 burst" its "11-4 run"', () => {
    expect(verdictOf('The Celtics took an 80-76 lead into the fourth.', '76')).toBe('supported');
    expect(verdictOf('An 11-4 burst at the start of the final period put Boston clear.', '11-4')).toBe('supported');
  });
  it('another score is not', () => {
    expect(verdictOf('An 11-6 burst at the start of the final period put Boston clear.', '11-6')).not.toBe('supported');
  });
});

describe('synonym heads: weather and trains', () => {
  it('"at least 35 twisters" is "at least 35 tornadoes"; "Fourteen carriages" is "Fourteen cars" of a train', () => {
    const src = [{ id: 's', text: 'Forecasters had preliminary reports of at least 35 tornadoes in the five states. Fourteen cars in the middle of the train derailed.' }];
    const on = (draft: string) => checkDraft(draft, src)[0]?.verdict;
    expect(on('Forecasters had reports of at least 35 twisters in five states.')).toBe('supported');
    expect(on('Fourteen carriages in the middle of the train left the track.')).toBe('supported');
  });
});

describe('synonym heads: changes up and down', () => {
  it('"a 0.3 percent increase" is the source\'s "0.3 percent gain", not its "0.1 percent increase" of another month', () => {
    const src = [{ id: 's', text: "The previous month's reading was revised to a 0.3 percent gain, from 0.2 percent. The prior month was revised to a 0.1 percent increase." }];
    expect(checkDraft('The October reading was revised up to a 0.3 percent increase from the 0.2 percent initially reported.', src).find((c) => c.text.includes('0.3'))?.verdict).toBe('supported');
  });
  it('"the first fall" is the source\'s "first annual decline"', () => {
    const src = [{ id: 's', text: 'It was the first annual decline in the September market since 2011.' }];
    expect(checkDraft('It was the first fall in the September market since 2011.', src).find((c) => c.text === 'first')?.verdict).toBe('supported');
  });
  it('"a dozen straight increases" is the source\'s "12 straight hikes"', () => {
    const src = [{ id: 's', text: 'Brazil left its rate unchanged at 13.75% after 12 straight hikes.' }];
    expect(checkDraft('Brazil kept its benchmark at 13.75% after a dozen straight increases.', src).find((c) => c.text === 'a dozen')?.verdict).toBe('supported');
  });
});

describe('headsAgree: a Test is a match', () => {
  it('"14 consecutive Tests" are the source\'s "14 successive Test matches"', () => {
    const source = [{ id: 's', text: 'Wales have now won 14 successive Test matches and will move to No 2 in the World Rugby rankings.' }];
    expect(checkDraft('The win stretched Wales\'s winning run to 14 consecutive Tests.', source).find((c) => c.text === '14')?.verdict).toBe('supported');
    expect(checkDraft('The win stretched Wales\'s winning run to 15 consecutive Tests.', source).find((c) => c.text === '15')?.verdict).not.toBe('supported');
  });
});

describe('headsAgree: those who enter, the options ranked, a surgeon\'s procedures', () => {
  const verdict = (draft: string, source: string, figure: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text === figure)?.verdict;
  it('"drew 130,000 entries" is "130,000 participants"; "six choices" are "six preferences"; "four back operations" are "four back surgeries"', () => {
    expect(verdict('Tickets went to 500 people picked in a lottery that drew 130,000 entries.', 'The government staged a lottery with 130,000 participants, awarding tickets to 500 people.', '130,000')).toBe('supported');
    expect(verdict('Most pupils were offered one of their six choices.', 'In all, 95% received a place in one of their six preferences.', 'six')).toBe('supported');
    expect(verdict('He had four back operations before his comeback.', 'He lost his health to four back surgeries before the comeback.', 'four')).toBe('supported');
  });
  it('while two things stay two', () => {
    expect(verdict('The lottery drew 130,000 entries.', 'The lottery gave away 130,000 tickets to 500 winners.', '130,000')).not.toBe('supported');
  });
});


describe('headsAgree: a bowler\'s balls, a level set to be met', () => {
  const verdict = (draft: string, source: string, figure: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text === figure)?.verdict;
  it('"82 balls" are "82 deliveries", scoring units though both are; "the 95% standard" is "a 95% target"', () => {
    expect(verdict('Chahar finished 69 not out from 82 balls.', 'Chahar was unbeaten on 69 off 82 deliveries with seven boundaries.', '82')).toBe('supported');
    expect(verdict('Only 84.4% were seen within four hours, far short of the 95% standard.', 'In January 84.4% of patients were seen within four hours, against a 95% target.', '95%')).toBe('supported');
  });
  it('while balls are still no boundaries', () => {
    expect(verdict('Chahar finished 69 not out, hitting seven balls to the rope.', 'Chahar was unbeaten on 69 off 82 deliveries with seven boundaries.', 'seven')).not.toBe('supported');
  });
});

describe('headsAgree: racing copy', () => {
  const verdict = (draft: string, source: string, figure: string) => checkDraft(draft, [{ id: 's', text: source }]).find((c) => c.text === figure)?.verdict;
  it('"a 33-1 outsider" is "the 33-1 shot"; "the 39 starters" are "the 39 runners"', () => {
    const source = 'The 33-1 shot Rule The World won in testing conditions for the 39 runners, with only 16 finishing.';
    expect(verdict('Rule The World, a 33-1 outsider, won the race.', source, '33-1')).toBe('supported');
    expect(verdict('Only 16 of the 39 starters got round.', source, '39')).toBe('supported');
    expect(verdict('Only 16 of the 39 fences were jumped cleanly.', source, '39')).not.toBe('supported');
  });
});
