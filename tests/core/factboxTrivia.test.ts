// Trivia, rule by rule, on sentences made up for these tests: each expectation fails if its rule
// is taken out of isTrivia.
import { describe, expect, it } from 'vitest';
import { isCentral, isTrivia, storyRepeats, type StoryWords } from '../../core/factbox/isTrivia.ts';
import { danglingThere, standsAlone } from '../../core/factbox/standsAlone.ts';
import { suggestFactBox } from '../../core/factbox/suggestFactBox.ts';

/** The story the bullets come from: a clinic's waiver, told over several sentences. */
const STORY = 'Glow Lab asks clients to sign a waiver before a laser facial. '
  + 'The waiver releases personal details to a coroner. '
  + 'A coroner needs the details only if a client dies, the clinic said. '
  + 'No coroner has asked Glow Lab for the details of a client. '
  + 'Gel is spread on the skin before the laser. '
  + 'Glow Lab opened in Miami in 2013.';

function story(text: string): StoryWords {
  const cases = new Map<string, { lower: number; capitalised: number }>();
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const e = cases.get(word.toLowerCase()) ?? { lower: 0, capitalised: 0 };
    if (word === word.toLowerCase()) e.lower++;
    else e.capitalised++;
    cases.set(word.toLowerCase(), e);
  }
  return { repeated: storyRepeats(text), cases };
}

const trivia = (text: string, figures = 0) => isTrivia(text, figures, story(STORY));

describe('isTrivia', () => {
  it('takes a question put, whose answer the bullet does not carry, for a set-up', () => {
    expect(trivia('Alan Davey was asked about changes to general classical music knowledge over the last 30 years')).toBe(true);
    expect(trivia('Alan Davey said classical music knowledge had changed over the last 30 years')).toBe(false);
  });
  it('does not let a remark announced and not given stand: "McHenry delivers her biggest sting"', () => {
    expect(standsAlone('After a few more comments, McHenry delivers her biggest sting')).toBe(false);
    expect(standsAlone('McHenry delivers a speech to students in Arlington')).toBe(true);
  });
  it('takes a fronted phrase before a pronoun subject for a bullet that never names whom it is about', () => {
    expect(trivia("The firm's first security chief, he brings with him an extensive portfolio of experience in cyber security")).toBe(true);
    expect(trivia("The firm's first security chief, Sullivan brings with him an extensive portfolio of experience in cyber security")).toBe(false);
  });

  it('takes a time or a pair that only earlier sentences give for trivia, even with a figure and a name', () => {
    expect(trivia('The same week, a woman in Leeds said she was offered £20 credit by Glow Lab', 1)).toBe(true);
    expect(trivia('That day Glow Lab closed its Miami clinic for 12 hours', 1)).toBe(true);
    expect(trivia('Fans of both clubs left 3,000 seats empty at Villa Park', 1)).toBe(true);
    // The referent named in the bullet: it stands.
    expect(trivia('Glow Lab closed its Miami clinic the same week as the inquiry opened', 0)).toBe(false);
    expect(trivia('Fans of Villa and Stoke left 3,000 seats empty at Villa Park', 1)).toBe(false);
  });

  it('takes the writer\'s comment ("certainly", "appears to") for trivia, even with a name', () => {
    expect(trivia('Glow Lab certainly has its rivals worried as the Miami clinic appears to have found a gap')).toBe(true);
    expect(trivia('The Miami clinic appears to have run out of ideas, Glow Lab said')).toBe(true);
    // Reported as fact, the same names stand.
    expect(trivia('Glow Lab has opened a second clinic in Miami')).toBe(false);
    expect(trivia('Glow Lab appeared in court in Miami on Monday')).toBe(false);
  });

  it('takes a profile\'s biography for trivia: who they worked with, early days, a dated retirement, their own look back', () => {
    expect(trivia('Ms Reed worked with top actors including Glenda Jackson and Ian Holm during her early days in Leeds')).toBe(true);
    expect(trivia('Ms Reed was forced to retire from stage acting two years ago', 1)).toBe(true);
    expect(trivia('Ann Reed now admits she was living an extremely unhealthy lifestyle')).toBe(true);
    // The news itself stands: a retirement to come, an admission in court.
    expect(trivia('Ann Reed will retire from Glow Lab at the end of May')).toBe(false);
    expect(trivia('Ann Reed admitted she had taken £3,000 from Glow Lab', 1)).toBe(false);
  });

  it('offers no bullet whose "there" points at a place only earlier sentences name: not even as trivia', () => {
    // "… recorded there" without New Zealand reads as the local record: unfaithful, not colour.
    expect(standsAlone('The largest lamb ever recorded there by Glow Lab weighed 15lbs')).toBe(false);
    expect(danglingThere('The largest lamb ever recorded there by Glow Lab weighed 15lbs')).toBe(true);
    // An existential "there", or a place the bullet names itself, stands.
    expect(danglingThere('There were 12 clinics run by Glow Lab in 2020')).toBe(false);
    expect(danglingThere('Glow Lab said there is a waiting list of 200 clients')).toBe(false);
    expect(danglingThere('Glow Lab moved to Miami and has treated 300 clients there')).toBe(false);
    expect(standsAlone('Glow Lab moved to Miami and has treated 300 clients there')).toBe(true);
  });

  it('takes a bare plural\'s list of what it included for trivia: whose cases, the story said before', () => {
    expect(trivia('Cases included child protection, bank privacy and digital strands of 9/11 investigations', 1)).toBe(true);
    expect(trivia('Glow Lab cases included child protection and bank privacy', 0)).toBe(false);
  });

  it('takes a bullet with no figure and no one named for colour', () => {
    expect(trivia('Gel is spread on the skin before the laser')).toBe(true);
    expect(trivia('Leftover programmes were found in the stands')).toBe(true);
    // A name, a figure or a body acting makes it news.
    expect(trivia('Glow Lab opened a clinic in Orlando')).toBe(false);
    expect(trivia('The clinic treated 4,000 clients', 1)).toBe(false);
    expect(trivia('The harbour board ordered a review of safety')).toBe(false);
  });

  it('reads a capitalised first word as a name only if the story writes it so elsewhere', () => {
    expect(trivia('Gel is spread on the skin')).toBe(true);
    expect(trivia('Glow is spread on the skin')).toBe(false);
  });

  it('keeps a bullet built of the words the story keeps returning to', () => {
    expect(isCentral('The waiver releases details to a coroner', story(STORY))).toBe(true);
    expect(trivia('The waiver releases details to a coroner')).toBe(false);
    expect(isCentral('Gel is spread on the skin', story(STORY))).toBe(false);
  });

  it('does not count a figure in a relative clause for the main clause', () => {
    expect(trivia('Leftover programmes were found in the stands, which hold 4,000 fans', 1)).toBe(true);
    expect(trivia('About 4,000 programmes were found in the stands', 1)).toBe(false);
  });

  it('takes a judgement, a guess, a bare "they", a career note, the scene and a "this" that points back for colour, whatever they name', () => {
    expect(trivia('Saints season is still very much alive')).toBe(true);
    expect(trivia('Former striker Tom Bell said it\'s an exciting time')).toBe(true);
    expect(trivia('The panel said it\'s possible that some fighters need help')).toBe(true);
    expect(trivia('To reach Leeds they walked through the park')).toBe(true);
    expect(trivia('About 300 of them left Elland Road early', 1)).toBe(true);
    expect(trivia('Dale joined from Leeds in July 2012 and is contracted to Wanderers until 2018', 2)).toBe(true);
    expect(trivia('Tate shielded his face from reporters outside Perth Magistrates Court')).toBe(true);
    expect(trivia('Police aren\'t talking about a motive')).toBe(true);
    expect(trivia('Turkey denies this history')).toBe(true);
    expect(trivia('The minister, Ali Kaya, denies the charge this week')).toBe(false);
  });

  it('takes a match report\'s chances and build-up for trivia, and keeps its goals', () => {
    expect(trivia('Mooy came closest with a decent low strike')).toBe(true);
    expect(trivia('Chris Wood sent a header wide for Leeds before the break')).toBe(true);
    expect(trivia('Sanchez stepped up to take the penalty')).toBe(true);
    expect(trivia('Uganda began the second half brightly')).toBe(true);
    expect(trivia('Good play from MacLean drew in a posse of defenders')).toBe(true);
    expect(trivia('Sanchez scored the penalty to put Arsenal 2-0 up', 1)).toBe(false);
    expect(trivia('Goalkeeper Simon Eastwood almost scored a late equaliser beyond Mignolet')).toBe(true);
    expect(trivia('Eastwood scored a late equaliser beyond Mignolet')).toBe(false);
  });

  it('takes an absence of news or a state of mind for a non-event, and keeps the event', () => {
    // Each names someone, so only NON_EVENT makes it trivia.
    expect(trivia('The Advanced Towing employee that was berated has not been identified')).toBe(true);
    expect(trivia('Frank Jordan told reporters in Miami that he had worried about his son')).toBe(true);
    expect(trivia('Bradley Neil still harboured hopes of making the cut at Augusta')).toBe(true);
    expect(trivia('The Advanced Towing employee that was berated has been identified as Gina Michelle')).toBe(false);
    expect(trivia('Frank Jordan told reporters in Miami that his son had been found')).toBe(false);
    expect(trivia('Bradley Neil made the cut at Augusta')).toBe(false);
  });

  it('keeps a non-event out of a box that has news to give', () => {
    const box = suggestFactBox([{ id: 's', text: 'A sports reporter was suspended for one week on Thursday after a video showed her berating a towing company employee in Arlington, Virginia. '
      + 'Britt McHenry, 28, had her car towed from the parking lot of a Chinese restaurant. '
      + 'ESPN said it would review the reporter\'s conduct. '
      + 'The Advanced Towing employee that was berated has not been identified. '
      + 'McHenry apologised on Twitter on Thursday evening.' }]).map((b) => b.text);
    expect(box.some((b) => /McHenry apologised/.test(b))).toBe(true);
    expect(box.some((b) => /not been identified/.test(b))).toBe(false);
  });
});
