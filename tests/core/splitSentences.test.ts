import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../core/index.ts';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    expect(texts('Three died. Forty-five were hurt! Why? Nobody knows.')).toEqual(['Three died.', 'Forty-five were hurt!', 'Why?', 'Nobody knows.']);
  });
  it('does not split after abbreviations, initials or decimal points', () => {
    expect(texts('Dr. Smith met Gov. Brown on Feb. 24, 2022 and paid $1.2 million. John F. Kennedy agreed.'))
      .toEqual(['Dr. Smith met Gov. Brown on Feb. 24, 2022 and paid $1.2 million.', 'John F. Kennedy agreed.']);
  });
  it('keeps run-together initials with the name, but still ends after a known "U.S."', () => {
    expect(texts('He studied under J.R.R. Tolkien at Oxford. Author J.K. Rowling agreed.')).toEqual(['He studied under J.R.R. Tolkien at Oxford.', 'Author J.K. Rowling agreed.']);
    expect(texts('Made in the U.S. The company grew. Sold in the U.S.A. Then abroad.')).toEqual(['Made in the U.S.', 'The company grew.', 'Sold in the U.S.A.', 'Then abroad.']);
  });
  it('keeps a title with a stop inside it whole: "entitled Putin. War, is based on …"', () => {
    expect(texts('The report, entitled Putin. War, is based on facts. The film is called Heat. Then, it ended.'))
      .toEqual(['The report, entitled Putin. War, is based on facts.', 'The film is called Heat.', 'Then, it ended.']);
  });
  it('ends a sentence at a line break, for headlines and bullets', () => {
    expect(texts('Three killed in drone attack\n\n  • Casualties: 3 killed\nMore follows.')).toEqual(['Three killed in drone attack', '• Casualties: 3 killed', 'More follows.']);
  });
  it('keeps closing quotes with their sentence and offsets exact', () => {
    const t = '“There are no safe zones.” said a source. It ended.';
    const spans = splitSentences(t);
    expect(spans.map((s) => s.text)).toEqual(['“There are no safe zones.” said a source.', 'It ended.']);
    for (const s of spans) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('hard-wrapped text', () => {
  it('joins a line that continues the sentence', () => {
    expect(texts('A drone strike killed three\npeople and injured 45 others.\nNew line starts here.')).toEqual([
      'A drone strike killed three\npeople and injured 45 others.', 'New line starts here.',
    ]);
  });
});

describe('dotted names', () => {
  it('continues "the U.S." into the name it starts, and ends it before a sentence opener', () => {
    expect(texts('In 2006, after the U.S. Ambassador to Armenia was asked to resign, Obama spoke.')).toHaveLength(1);
    expect(texts('She visited the U.S. Virgin Islands. Then she left.')).toEqual(['She visited the U.S. Virgin Islands.', 'Then she left.']);
    expect(texts('He moved to the U.S. He later said so.')).toEqual(['He moved to the U.S.', 'He later said so.']);
    expect(texts('It rained in the U.K. "The match is off," they said.')).toEqual(['It rained in the U.K.', '"The match is off," they said.']);
  });
});


describe('units written onto their number', () => {
  it('ends a sentence after "12.5st." but not after "St." before a name', () => {
    expect(texts('She slimmed down to 12.5st. Lizzi Crawford lost 7st. She lives in St. Albans.')).toEqual([
      'She slimmed down to 12.5st.', 'Lizzi Crawford lost 7st.', 'She lives in St. Albans.',
    ]);
  });
  it('ends sentences whose paragraphs were pasted together without a space', () => {
    expect(texts('Shares fell for longer.MSCI\'s index fell 0.97%."It concerns us," he said.New Zealand raised rates on Wednesday.The bank said so.')).toEqual([
      'Shares fell for longer.', "MSCI's index fell 0.97%.", '"It concerns us," he said.', 'New Zealand raised rates on Wednesday.', 'The bank said so.',
    ]);
    expect(texts('He said: "We won."The crowd cheered.')).toEqual(['He said: "We won."', 'The crowd cheered.']);
    // Not inside a web address, a name with a dot, a decimal or an abbreviation.
    expect(texts('Visit bbc.co.uk or Node.js for the U.S.A team, 3.5 times better, from Acme Corp.The end.')).toHaveLength(1);
  });
});

