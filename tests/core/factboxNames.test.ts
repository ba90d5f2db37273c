// Who is who: each person meets the reader under the full name the story gives them.
import { describe, expect, it } from 'vitest';
import { introduceNames } from '../../core/factbox/introduceNames.ts';

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
    // Three name words and an age: the whole name ("James Holt" would misname him).
    expect(out[0]!.text).toBe('Peter James Holt is accused of taking £40,000 from clients');
    // Four capitalised words, no age: which two are her name is not clear, so the surname stays.
    expect(out[1]!.text).toBe('Reid praised the victims');
    // A role before the name is no part of it.
    expect(out[2]!.text).toBe('Ruth Vance spoke briefly');
  });
});
