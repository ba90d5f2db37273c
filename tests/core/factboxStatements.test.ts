import { describe, expect, it } from 'vitest';
import { suggestFactBox } from '../../core/factbox/suggestFactBox.ts';
import { statementProblems } from '../../core/factbox/bulletShape.ts';

const box = (text: string) => suggestFactBox([{ id: 's', text }]).map((b) => b.text);

describe('fact-box statements: the news someone said', () => {
  it('gives the quotation the lead announces, with its named speaker', () => {
    const text = 'We may be weeks from a cure for the common cold, a Leeds doctor says. '
      + '"I believe we will have a working nasal spray against every strain of the cold by the summer, and I think it will be cheap," Leeds University virologist Mary Okafor said Monday at a conference in York. '
      + '"We know what to target," she said. '
      + 'The university released a chart showing the number of cold viruses found in the city each winter. '
      + 'A cold costs the average worker two days off a year, figures show.';
    const bullets = box(text);
    expect(bullets[0]).toBe('"I believe we will have a working nasal spray against every strain of the cold by the summer," Leeds University virologist Mary Okafor said');
    for (const b of bullets) expect(statementProblems(b)).toEqual([]);
  });

  it('gives a quotation\'s second statement its own bullet after the first, unless it points back to it', () => {
    const story = (second: string) => 'We may be weeks from a cure for the common cold, a Leeds doctor says. '
      + `"I believe we will have a working nasal spray against every strain of the cold by the summer, and ${second}," Leeds University virologist Mary Okafor said Monday at a conference in York. `
      + 'The university released a chart showing the number of cold viruses found in the city each winter. '
      + 'A cold costs the average worker two days off a year, figures show.';
    const own = box(story('I think a bottle will cost less than £5'));
    expect(own[0]).toBe('"I believe we will have a working nasal spray against every strain of the cold by the summer," Leeds University virologist Mary Okafor said');
    expect(own).toContain('"I think a bottle will cost less than £5," Leeds University virologist Mary Okafor said');
    // "it" is the spray: alone, the clause would not say what costs £5.
    expect(box(story('I think it will cost less than £5 a bottle')).some((b) => b.startsWith('"I think it'))).toBe(false);
  });

  it('reads a quotation that follows a closed "…"-type compound in the lead as the story\'s own sentence', () => {
    const text = 'They are not "Mars"-style canals, but the lines on Europa may be cracks, a Bristol astronomer says. '
      + '"I think an ocean of salt water lies under the ice of the moon," Bristol astronomer Tom Hale said. '
      + 'The lines were first photographed by the Galileo probe in 1996.';
    expect(box(text)).toContain('"I think an ocean of salt water lies under the ice of the moon," Bristol astronomer Tom Hale said');
  });

  it('gives a claim the next sentence attributes ("Or so says …") with its speaker, never as the story\'s own', () => {
    const story = (attribution: string) => 'The Prime Minister is a modern-day Churchill who has done more to unite the country than anyone else in recent years. '
      + `${attribution} `
      + 'Miss Hale, 52, made the remarks in an interview with Radio 4 on Sunday. '
      + 'Critics have called the Prime Minister dull and cautious.';
    const bullets = box(story('Or so says actress Mary Hale, who has known him for 20 years.'));
    expect(bullets[0]).toMatch(/^The Prime Minister is a modern-day Churchill\b.*, says actress Mary Hale$/);
    for (const b of bullets) if (b.includes('modern-day Churchill')) expect(b).toMatch(/, says actress Mary Hale$/);
    // A speaker the bullet cannot close on leaves the claim out.
    const unnamed = box(story('That is the view of many in the party.'));
    for (const b of unnamed) expect(b).not.toMatch(/modern-day Churchill/);
  });

  it('leaves out a quotation whose speaker is only a pronoun, or that comes late in the story', () => {
    const pronoun = 'The mayor of Dunmore has promised a new bridge over the river by 2028. '
      + '"We will build the bridge on time and on budget," she said at a meeting on Monday. '
      + 'The old bridge was closed in 2021 after engineers found cracks in its piers. '
      + 'The council has set aside £12 million for the work.';
    expect(box(pronoun).some((b) => b.includes('we will build') || b.includes('We will build'))).toBe(false);
    const late = 'The mayor of Dunmore has promised a new bridge over the river by 2028. '
      + 'The old bridge was closed in 2021 after engineers found cracks in its piers. '
      + 'The council has set aside £12 million for the work. '
      + 'Traffic across the town has doubled since the closure, figures show. '
      + '"We will build the bridge on time and on budget," Mayor Jane Ross said at a meeting on Monday.';
    expect(box(late).some((b) => b.includes('We will build'))).toBe(false);
  });

  it('keeps a lead whose "found himself in bother" comes with what he did', () => {
    const text = 'Snooker champion Mark Selby found himself in more trouble at the Crucible after swearing at the referee during his match against Ali Carter. '
      + 'Selby was warned by referee Jan Verhaas and could be docked a frame. '
      + 'Selby leads the match 10-6 with one session left to play.';
    expect(box(text)[0]).toBe('Snooker champion Mark Selby found himself in more trouble at the Crucible after swearing at the referee during his match against Ali Carter');
    // Without a cause it is the writer's comment.
    expect(box('Snooker champion Mark Selby found himself in more trouble at the Crucible on Monday. ' + text.split('. ').slice(1).join('. '))
      .some((b) => b.includes('found himself'))).toBe(false);
  });
});

describe('fact-box bullet shape: a participle cut from its phrase', () => {
  it('refuses a bullet ending on a participle after a comma', () => {
    expect(statementProblems('Reed helped write the award-winning comedy "Night Shift," working')).toContain('a participle cut from its phrase');
    expect(statementProblems('Reed helped write the comedy, working')).toContain('a participle cut from its phrase');
    expect(statementProblems('Reed kept working')).toEqual([]);
  });
});

describe('fact-box side stories', () => {
  it('leaves out another player\'s match from a report about one player when the box is full', () => {
    const text = 'Mark Selby moved closer to the quarter-finals at the Crucible after taking a 12-4 lead over Ali Carter. '
      + 'Selby won six frames in a row in the afternoon session. '
      + 'Selby needs one more frame on Monday to reach the last eight. '
      + 'Shaun Murphy left Joe Perry with a mountain to climb in their second-round match at the Crucible. '
      + 'Selby won the title in 2014 and 2016. '
      + 'The referee warned Selby about slow play.';
    const bullets = box(text);
    expect(bullets.length).toBeGreaterThanOrEqual(4);
    expect(bullets.some((b) => b.includes('Murphy'))).toBe(false);
  });
});

describe('fact-box reported words', () => {
  it('keeps a named speaker\'s reply whose quoted words are in the first person', () => {
    const text = 'A Leeds councillor has hit back at a resident who accused him of ignoring potholes on Kirk Lane. '
      + 'The resident had posted photos of the road on Facebook last week. '
      + 'Councillor Tom Reed told the resident to \'check our repair list before you post\', while his office published the list. '
      + 'The council has repaired 40 potholes on the lane this year.';
    expect(box(text)).toContain('Councillor Tom Reed told the resident to \'check our repair list before you post\'');
  });

  it('still refuses first person in the bullet\'s own voice', () => {
    const text = 'A Leeds councillor has hit back at a resident who accused him of ignoring potholes on Kirk Lane. '
      + 'We have repaired our roads on time, the council said in a statement. '
      + 'The council has repaired 40 potholes on the lane this year.';
    expect(box(text).some((b) => /\bour\b|^We\b/.test(b))).toBe(false);
  });

  it('ends a lead too long for a bullet at an attribution between commas, unless the claim is hedged', () => {
    const lead = 'A 54-year-old farmer from northern Laos has died of rabies, provincial health officials have said, the second death from the disease in the province since the start of the year.';
    const rest = 'The farmer was bitten by a stray dog in his village in early March. '
      + 'Health workers have vaccinated more than 400 dogs in the district since his death. '
      + 'Rabies is almost always fatal once symptoms appear.';
    expect(box(`${lead} ${rest}`)[0]).toBe('A 54-year-old farmer from northern Laos has died of rabies');
    // A suspicion keeps who holds it: no version ends where its speaker would go.
    const hedgedLead = 'A stray dog may have bitten as many as five children in northern Laos, provincial health officials have said, in the third such outbreak in the province since the start of the year.';
    expect(box(`${hedgedLead} ${rest}`)).not.toContain('A stray dog may have bitten as many as five children in northern Laos');
  });
});

describe('fact-box predicates: a simple past that reads like the present', () => {
  it('takes "Selby beat Xiao 13-6 …" as a statement, and leads the box with it', () => {
    const text = 'Selby beat Xiao Guodong 13-6 in the second round to set up a meeting with either Marco Fu or Neil Robertson. '
      + 'Selby won the first three frames of his final session against Xiao to progress. '
      + 'Selby begins his last-eight match on Tuesday afternoon.';
    expect(box(text)[0]).toBe('Selby beat Xiao Guodong 13-6 in the second round to set up a meeting with either Marco Fu or Neil Robertson');
    expect(statementProblems('Crowds stood in silence at the memorial')).toEqual([]);
  });
});

describe('fact-box asides: a relative clause before a plural subject\'s verb of saying', () => {
  it('drops "who begin … on 4 February" from "The Rhinos, who …, say that …"', () => {
    const text = 'The Rhinos have been training across the city of Leeds since the river Aire burst its banks at Christmas. '
      + 'The Rhinos, who begin the defence of their Super League title against Warrington on 4 February, say that 80 members of staff based at the site, plus 120 players, have been kept out for the last month.';
    expect(box(text)).toContain('The Rhinos say 80 members of staff based at the site, plus 120 players, have been kept out for the last month');
  });
});

describe('a relative clause on an indefinite subject', () => {
  const bullets = (text: string) => suggestFactBox([{ id: 's', text }]).map((b) => b.text);
  it('may go, so the lead keeps its twist within a bullet\'s length', () => {
    const lead = 'An obese mother who enjoyed takeaways and boozy nights out has lost more than seven stone after a child on a bus pointed at her and asked whether she was pregnant.';
    const box = bullets(`${lead} Lizzi Crawford, 32, weighed 20 stone at the time. She now weighs 12.5 stone. She joined a gym in 2013.`);
    expect(box[0]).toBe('An obese mother has lost more than seven stone after a child on a bus pointed at her and asked whether she was pregnant');
  });
  it('but a definite subject keeps its relative clause: "The man who shot her" is not "The man"', () => {
    const box = bullets('The man who shot the shopkeeper in Leeds on Friday night has been arrested by police after a two-day manhunt across the county. He is 34. Police said he was armed when he was found in a barn near Harrogate.');
    expect(box.some((b) => /^The man has been arrested/.test(b))).toBe(false);
  });
});

describe('an allegation keeps its attribution', () => {
  it('does not state "according to the indictment" as fact', () => {
    const text = 'A Columbus man accused of assaulting three girls has pleaded not guilty to 19 counts in court. '
      + 'Keith Allen, 27, is accused of raping two 12-year-old girls since September. '
      + 'The assaults took place between September 1 and March 22, according to the indictment. '
      + 'Allen has been in the Franklin County jail since his arrest on March 25.';
    expect(box(text).some((b) => b.startsWith('The assaults took place'))).toBe(false);
  });
  it('but states an official\'s plain fact without naming the official', () => {
    const text = 'A Columbus man has pleaded not guilty to 19 counts in court. '
      + 'The man was arrested on March 25 at his home, police said. '
      + 'He remains in jail with no bond.';
    expect(box(text).some((b) => b.startsWith('The man was arrested'))).toBe(true);
  });
});

describe('a phrase that links to the sentence before', () => {
  it('goes from the bullet: "In response, Manhart says …" reads "Manhart says …"', () => {
    const text = 'A former model was arrested for taking a flag from campus protesters who were trampling on it. '
      + 'Michelle Manhart, 38, was handcuffed by police at Valdosta State University. '
      + "The protesters said the flag was theirs to use. In response, Manhart says the flag belongs to 'the entire United States'.";
    const bullets = box(text);
    expect(bullets.some((b) => b.startsWith('In response'))).toBe(false);
    expect(bullets.some((b) => b.startsWith("Manhart says the flag belongs to 'the entire United States'"))).toBe(true);
  });
});

