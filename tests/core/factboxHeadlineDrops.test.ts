// Headline-style compression: which words a fact-box bullet may leave out of a source clause.
import { describe, expect, it } from 'vitest';
import { headlineDrops } from '../../core/factbox/headlineDrops.ts';
import { tokenize } from '../../core/factbox/factText.ts';

/** The clause as a headline: the tokens headlineDrops keeps, with nothing protected. */
function headline(text: string, keep: (raw: string) => boolean = () => false): string {
  const tokens = tokenize(text);
  const drop = headlineDrops(tokens, tokens.map((t) => keep(t.raw)));
  return tokens.filter((_, i) => !drop[i]).map((t) => t.raw).join(' ');
}

// The convention changed: bullets keep the sentence's articles, determiners and auxiliaries. A
// blind reader marked dropped articles in set phrases ("as result", "in number of", "have go",
// "suspended week") and dropped auxiliaries ("man travelling") ungrammatical, so only drops
// that leave the grammar whole remain.
describe('headlineDrops', () => {
  it('keeps articles, determiners and auxiliaries: a reader marks their loss ungrammatical', () => {
    expect(headline('The bank manager was jailed for 15 months')).toBe('The bank manager was jailed for 15 months');
    expect(headline('Britt McHenry has been suspended for a week')).toBe('Britt McHenry has been suspended for a week');
    expect(headline('As a result, a number of fans have a go')).toBe('As a result, a number of fans have a go');
    expect(headline('Locke paid tribute to his players')).toBe('Locke paid tribute to his players');
    expect(headline('Mason, who was jailed in November, will pay')).toBe('Mason, who was jailed in November, will pay');
    expect(headline('Pama is set to return to court')).toBe('Pama is set to return to court');
    expect(headline('the former Hearts boss being given a three-year deal')).toBe('the former Hearts boss being given a three-year deal');
  });

  it('drops photo directions', () => {
    expect(headline('Lawyer Ryan McGuigan (pictured, left) said he would appeal')).toBe('Lawyer Ryan McGuigan said he would appeal');
  });

  it('drops "that" after a verb of saying, "on" before a date and the adverb "also"', () => {
    expect(headline('Villagers said that his brother died on Monday')).toBe('Villagers said his brother died Monday');
    expect(headline('McHenry was filmed on April 6')).toBe('McHenry was filmed April 6');
    expect(headline('the attack on 26 August')).toBe('the attack 26 August');
    expect(headline('the club also signed a striker')).toBe('the club signed a striker');
    expect(headline('the man that died')).toBe('the man that died');
    // "that" as the reported clause's own subject stays.
    expect(headline('Police said that was wrong')).toBe('Police said that was wrong');
  });

  it('never drops a word that belongs to a figure', () => {
    expect(headline('a dozen people were injured', (raw) => raw === 'a' || raw === 'dozen')).toBe('a dozen people were injured');
  });

  it('drops the writer\'s comment on an event before its verb, and "exactly" before "the same"', () => {
    expect(headline('his brother was tragically killed in exactly the same spot')).toBe('his brother was killed in the same spot');
    expect(headline('Bowe sensationally beat Evander Holyfield')).toBe('Bowe beat Evander Holyfield');
    expect(headline('the crew miraculously survived the crash')).toBe('the crew survived the crash');
    // Not where it is what is said, nor an adverb of manner that is part of the fact.
    expect(headline('The result was remarkably close')).toBe('The result was remarkably close');
    expect(headline('the man was brutally attacked')).toBe('the man was brutally attacked');
    expect(headline('exactly 12 people died')).toBe('exactly 12 people died');
    // A degree is part of the fact: "dramatically" says how much.
    expect(headline('prices have dramatically risen')).toBe('prices have dramatically risen');
  });
});
