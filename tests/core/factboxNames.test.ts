// Who is who: each person meets the reader under the full name the story gives them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { introduceNames } from '../../core/factbox/introduceNames.ts';
import { suggestFactBox } from '../../core/index.ts';
import { possessedThings } from '../../core/factbox/givenSubject.ts';

const SOURCE = 'These paintings are hard to spot. Blended into a forest, the models vanish. '
  + 'The work is the brainchild of Anna Kowalczyk, a 41-year-old painter from Gdansk. '
  + 'Tomasz Brandt, her agent, said the prints sell out. '
  + 'Kowalczyk has painted models into walls, and Mr Brandt sells the prints. '
  + 'Britons queue for them. Why Poland loves the work is unclear, and critics ask why.';
const sources = [{ id: 's', text: SOURCE }];
const cite = (text: string) => ({ label: '', text, citations: [{ sourceId: 's', start: SOURCE.indexOf(text.split(' ')[1]!), end: SOURCE.indexOf(text.split(' ')[1]!) + 5 }] });

describe('introduceNames', () => {
  it('gives a bare surname or first name its full name at first mention, citing it', () => {
    const out = introduceNames([cite('Kowalczyk has painted models into walls'), cite('Mr Brandt sells the prints')], sources);
    expect(out.map((b) => b.text)).toEqual(['Anna Kowalczyk has painted models into walls', 'Tomasz Brandt sells the prints']);
    const c = out[0]!.citations[0]!;
    expect(SOURCE.slice(c.start, c.end)).toBe('Anna Kowalczyk');
  });

  it('leaves a name the box has already given, and a capitalised word that is no name', () => {
    const out = introduceNames([cite('The work is the brainchild of Anna Kowalczyk'), cite('Kowalczyk has painted models into walls'), cite('Poland loves the work')], sources);
    expect(out.map((b) => b.text)).toEqual(['The work is the brainchild of Anna Kowalczyk', 'Kowalczyk has painted models into walls', 'Poland loves the work']);
    // A caption run into the next sentence ("… of the Government Britons queue …") joins two capitals that name no one.
    const glued = 'Britons now love art of the Government Britons queue for prints. Britons spend £20 on each print.';
    expect(introduceNames([{ label: '', text: 'Britons spend £20 on each print', citations: [{ sourceId: 'g', start: 67, end: 98 }] }], [{ id: 'g', text: glued }])[0]!.text).toBe('Britons spend £20 on each print');
  });

  it('takes a middle name with the rest, or no full name at all, never the last two words of a longer one', () => {
    const court = 'A Leeds man denied fraud on Monday. Peter James Holt, 44, of Headingley, pleaded not guilty. '
      + 'Holt is accused of taking £40,000 from clients. Chief Inspector Mary Ann Reid said inquiries went on. Reid praised the victims. '
      + 'Culture Minister Ruth Vance opened the court. Vance spoke briefly.';
    const at = (text: string) => ({ label: '', text, citations: [{ sourceId: 'c', start: court.indexOf(text), end: court.indexOf(text) + text.length }] });
    const out = introduceNames([at('Holt is accused of taking £40,000 from clients'), at('Reid praised the victims'), at('Vance spoke briefly')], [{ id: 'c', text: court }]);
    // Three name words and an age: the whole name ("James Holt" would misname him), and the age.
    expect(out[0]!.text).toBe('Peter James Holt, 44, is accused of taking £40,000 from clients');
    // Four capitalised words, no age: which two are her name is not clear, so the surname stays.
    expect(out[1]!.text).toBe('Reid praised the victims');
    // A role before the name is no part of it.
    expect(out[2]!.text).toBe('Ruth Vance spoke briefly');
  });

  it('gives a person the age the story gives them, at their first mention in the box only', () => {
    const story = 'A Leeds accountant admitted fraud on Monday. Peter Holt, 44, of Headingley, took £40,000 from clients. '
      + 'Holt, who ran the firm, was bailed. His partner Ann Reid, 52, was cleared. Reid said she was relieved. '
      + 'Detective Sam Cole, 39, led the inquiry. "We owe it to Sam Cole and his team," a colleague said.';
    const at = (text: string) => ({ label: '', text, citations: [{ sourceId: 'h', start: story.indexOf(text.split(' ').at(-1)!), end: story.indexOf(text.split(' ').at(-1)!) + 3 }] });
    const out = introduceNames([
      at('Holt, who ran the firm, was bailed'),
      at('Peter Holt took £40,000 from clients'),
      at('The court heard that Ann Reid was cleared'),
      at('Sam Cole\'s inquiry took a year'),
      at('"We owe it to Sam Cole and his team," a colleague said'),
    ], [{ id: 'h', text: story }]);
    expect(out.map((b) => b.text)).toEqual([
      // The full name and then the age, cited where the story gives it.
      'Peter Holt, 44, who ran the firm, was bailed',
      // Met already: no second age.
      'Peter Holt took £40,000 from clients',
      'The court heard that Ann Reid, 52, was cleared',
      // A possessive takes no age, and a quotation is the speaker's words, never changed.
      'Sam Cole\'s inquiry took a year',
      '"We owe it to Sam Cole and his team," a colleague said',
    ]);
    const age = out[0]!.citations.at(-1)!;
    expect(story.slice(age.start, age.end)).toBe('Peter Holt, 44');
  });

  it('adds no age a bullet already gives, or that a later bullet gives with the name', () => {
    const story = 'Kim Lee, 30, and Jo Park, 41, were arrested. Lee was held overnight. Park was freed.';
    const at = (text: string) => ({ label: '', text, citations: [{ sourceId: 'k', start: 0, end: 10 }] });
    const out = introduceNames([at('Police questioned the 30-year-old Kim Lee overnight'), at('Jo Park was freed'), at('Jo Park, 41, was arrested')], [{ id: 'k', text: story }]);
    expect(out.map((b) => b.text)).toEqual(['Police questioned the 30-year-old Kim Lee overnight', 'Jo Park was freed', 'Jo Park, 41, was arrested']);
  });

  it('introduces a surname that opens a bullet before its age ("Guffick, 31, altered …")', () => {
    const story = 'A teacher was banned. Ian Guffick, 31, let pupils change answers. Guffick, 31, altered answers himself.';
    const out = introduceNames([{ label: '', text: 'Guffick, 31, altered answers himself', citations: [{ sourceId: 'g', start: 66, end: 101 }] }], [{ id: 'g', text: story }]);
    expect(out[0]!.text).toBe('Ian Guffick, 31, altered answers himself');
  });

  it('takes an obituary\'s closing "He was 88." as the age of the person the sentence before opens on', () => {
    const story = '(Wire)Mavis Thorne, whose radio plays ran for forty years, has died. She was 91. Thorne wrote 300 plays.';
    const out = introduceNames([{ label: '', text: 'Mavis Thorne has died', citations: [{ sourceId: 'o', start: 6, end: 18 }] }], [{ id: 'o', text: story }]);
    expect(out[0]!.text).toBe('Mavis Thorne, 91, has died');
    const age = out[0]!.citations.at(-1)!;
    expect(story.slice(age.start, age.end)).toBe('She was 91');
  });

  it('gives a short name after the subject its full name at first mention too, but not in a quotation or a longer name', () => {
    const story = 'Rovers manager Allan Johnston praised the squad. Gary Locke had been his assistant. '
      + 'Locke worked under Johnston for two seasons. Ruth Ellis drifted across the Irish Sea for a week.';
    const at = (text: string) => ({ label: '', text, citations: [{ sourceId: 'j', start: 0, end: 5 }] });
    const out = introduceNames([
      at('Locke worked under Johnston for two seasons'),
      at('Johnston praised the squad'),
      at('"I owe Johnston everything," Locke said'),
      at('Ellis drifted across the Sea for a week'),
    ], [{ id: 'j', text: story }]);
    expect(out.map((b) => b.text)).toEqual([
      // With the role the story gives him where it names him in full.
      'Gary Locke worked under Rovers manager Allan Johnston for two seasons',
      // Met already in the first bullet.
      'Johnston praised the squad',
      '"I owe Johnston everything," Locke said',
      // "Irish Sea" names no person.
      'Ruth Ellis drifted across the Sea for a week',
    ]);
    expect(out[0]!.citations.map((c) => story.slice(c.start, c.end))).toContain('Allan Johnston');
  });

  it('moves a bullet that says who someone is before an earlier one that names them bare', () => {
    const story = 'Leeds will open a museum of its mills. Culture Minister Ruth Vance praised the city. Ruth Vance said the work was hard. '
      + 'Goalkeeper Tom Reed saved twice. Coach Ann Cole said goalkeeper Tom Reed was tired.';
    const at = (text: string) => ({ label: '', text, citations: [{ sourceId: 'v', start: 0, end: 5 }] });
    const out = introduceNames([at('Leeds will open a museum of its mills'), at('Ruth Vance said the work was hard'), at('Culture Minister Ruth Vance praised the city')], [{ id: 'v', text: story }]);
    expect(out.map((b) => b.text)).toEqual(['Leeds will open a museum of its mills', 'Culture Minister Ruth Vance praised the city', 'Ruth Vance said the work was hard']);
    // Said already, in lower case: the order stands.
    const keep = introduceNames([at('Leeds will open a museum of its mills'), at('Ann Cole said goalkeeper Tom Reed was tired'), at('Goalkeeper Tom Reed saved twice')], [{ id: 'v', text: story }]);
    expect(keep.map((b) => b.text)).toEqual(['Leeds will open a museum of its mills', 'Ann Cole said goalkeeper Tom Reed was tired', 'Goalkeeper Tom Reed saved twice']);
  });

  it('never throws on bullets with brackets, signs or stray capitals, and keeps every bullet', () => {
    const story = 'Ann Reed, 40, of Leeds (pictured) sang. Reed sang again. Culture Minister Tom Cole [right] spoke. Cole left.';
    const word = fc.constantFrom('Reed', '(Reed', 'Reed)', '[Cole', 'Cole+', 'Mr', 'Minister', 'sang', '*', '?', 'Ann', 'Tom', '"', '(', '40,');
    fc.assert(fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 }), (bullets) => {
      const out = introduceNames(bullets.map((w) => ({ label: '', text: w.join(' '), citations: [{ sourceId: 'r', start: 0, end: 4 }] })), [{ id: 'r', text: story }]);
      expect(out).toHaveLength(bullets.length);
    }));
  });
});


describe('a pronoun that stands for the story\'s main person', () => {
  const box = (text: string) => suggestFactBox([{ id: 's', text }]).map((b) => b.text);
  const story = 'Ian Guffick, a teacher at a primary school, has been banned from the classroom. Guffick asked pupils to change their test answers. '
    + 'A panel heard that Guffick also altered answers himself. Guffick admitted the allegations. The panel said his conduct was unacceptable. '
    + '\'He deeply regrets his actions.\' He was given 28 days in which to appeal against the decision to the High Court.';
  it('"He was given 28 days …" names the teacher the story is about', () => {
    expect(box(story)).toContain('Guffick was given 28 days in which to appeal against the decision to the High Court');
  });
  it('not when someone else is named on the way back', () => {
    const other = story.replace('The panel said his conduct was unacceptable.', 'Panel chair Martin Pilkington said his conduct was unacceptable.');
    expect(box(other).join(' ')).not.toMatch(/Guffick was given 28 days/);
  });
});

describe('an epithet that stands for the story\'s main person', () => {
  const box = (text: string) => suggestFactBox([{ id: 's', text }]).map((b) => b.text);
  const story = 'Veteran actor Robert Hardy is selling his enormous collection of antiques at auction. Hardy, 89, studied English with Tolkien. '
    + 'Hardy said he was sad to sell. The actor is selling paintings, furniture, swords and a fine collection of crystal chandeliers.';
  it('"The actor is selling …" names him', () => {
    expect(box(story)).toContain('Hardy is selling paintings, furniture, swords and a fine collection of crystal chandeliers');
  });
  it('not when someone else was named since, nor when the story gives the epithet to another by name', () => {
    expect(box(story.replace('Hardy said he was sad to sell.', 'His agent Tom Baker said Hardy was sad to sell, as Baker told reporters.')).join(' ')).not.toMatch(/Hardy is selling paintings/);
    expect(box(`${story} The actor Kenneth More once played his friend.`).join(' ')).not.toMatch(/Hardy is selling paintings/);
  });
});

describe('a pronoun named from further back keeps its possessives pointing back', () => {
  it('"his message" in "He later said his message was a joke" is a thing the story told of before; "his wife" is not', () => {
    const text = 'Bowe posted a message saying he wanted rival fans to die. Fans were angry. He later said his message was a joke, and his wife agreed.';
    const source = { id: 's', text };
    const start = text.indexOf('He later');
    const sentence = { source, start, end: text.length, position: 2, rank: 2, analysed: true, complete: true, tokens: [], mentions: [], quoted: false };
    expect(possessedThings('Bowe later said his message was a joke, and his wife agreed', sentence)).toEqual(['message']);
  });
});

describe('introduceNames: who someone is', () => {
  const at = (text: string) => ({ label: '', text, citations: [{ sourceId: 'v', start: 0, end: 5 }] });
  it('names a person first met in a possessive, with the role the story gives them', () => {
    const story = 'Fans understood Tim Sherwood\'s decision. Given has impressed Villa boss Tim Sherwood this season.';
    expect(introduceNames([at('The keeper started in the semi-final'), at('His form has given Sherwood plenty to consider')], [{ id: 'v', text: story }]).map((b) => b.text))
      .toEqual(['The keeper started in the semi-final', 'His form has given Villa boss Tim Sherwood plenty to consider']);
  });
  it('adds no role after an article or a role of the bullet\'s own', () => {
    const story = 'Given has impressed Villa boss Tim Sherwood this season.';
    expect(introduceNames([at('The keeper started'), at('It impressed the manager Sherwood')], [{ id: 'v', text: story }]).map((b) => b.text)[1]).toBe('It impressed the manager Tim Sherwood');
  });
});

