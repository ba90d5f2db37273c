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

describe('headlineDrops', () => {
  it('drops articles and the auxiliary of a passive or perfect', () => {
    expect(headline('The bank manager was jailed for 15 months')).toBe('bank manager jailed 15 months');
    expect(headline('Britt McHenry has been suspended for one week')).toBe('Britt McHenry suspended one week');
    expect(headline('A teacher has banned the pupils')).toBe('teacher banned pupils');
    expect(headline('A man has died in a road accident')).toBe('man died in road accident');
  });

  it('keeps the auxiliary where dropping it would change the meaning', () => {
    // A pronoun subject would read as the doer: "He hit by car".
    expect(headline('He was hit by a car')).toBe('He was hit by car');
    expect(headline('he has been rescued')).toBe('he has been rescued');
    // An irregular participle is not a past tense ("they taken"), and "to have" is one verb form.
    expect(headline('Police said they had taken statements')).toBe('Police said they had taken statements');
    expect(headline('He is alleged to have assaulted her')).toBe('He is alleged to have assaulted her');
    expect(headline('Mason has won the award')).toBe('Mason won award');
    // Not a participle: the verb itself.
    expect(headline('Locke had been a factor')).toBe('Locke had been factor');
    // Future and negation keep their words.
    expect(headline('Locke will be confirmed')).toBe('Locke will be confirmed');
    expect(headline('Locke was not retained')).toBe('Locke was not retained');
    // After an aside the auxiliary joins the predicate to its subject.
    expect(headline('The man, only named as Mr Zhang, was thrown off')).toBe('man, only named as Mr Zhang, was thrown off');
  });

  it('shortens a relative clause to its participle', () => {
    expect(headline('Mason, who was jailed in November, will pay')).toBe('Mason, jailed in November, will pay');
  });

  it('shortens a relative without commas only when it is a passive after a noun', () => {
    expect(headline('child porn videos that were found at his home')).toBe('child porn videos found at home');
    expect(headline('a man who was jailed last year')).toBe('man jailed last year');
    expect(headline('Police said that was wrong')).toBe('Police said was wrong');
    expect(headline('the man who has won')).toBe('man who won');
  });

  it('drops "on" before a date, "for" before a sentence length and "being" before a participle', () => {
    expect(headline('McHenry was filmed on April 6')).toBe('McHenry filmed April 6');
    expect(headline('the attack on 26 August')).toBe('attack 26 August');
    expect(headline('Mason was jailed for 15 months')).toBe('Mason jailed 15 months');
    expect(headline('Mason was jailed for fraud')).toBe('Mason jailed for fraud');
    expect(headline('the former Hearts boss being given a three-year deal')).toBe('former Hearts boss given three-year deal');
    expect(headline('He fled after being arrested')).toBe('He fled after being arrested');
  });

  it('drops a possessive determiner before its noun, "her" only after a preposition', () => {
    expect(headline('Locke paid tribute to his players')).toBe('Locke paid tribute to players');
    expect(headline('a photo of her sister')).toBe('photo of sister');
    expect(headline('police told her to leave')).toBe('police told her to leave');
    expect(headline('on his own terms')).toBe('on his own terms');
  });

  it('writes headline tenses after a noun subject, never after a pronoun or a relative', () => {
    expect(headline("Douglas Bader's story is to be told in a film")).toBe("Douglas Bader's story to be told in film");
    expect(headline('Bowe is offering to post tweets')).toBe('Bowe offering to post tweets');
    // A past progressive has no headline form: without "was" it reads as a photo caption.
    expect(headline('Louis Jordan was fishing on a sailboat')).toBe('Louis Jordan was fishing on sailboat');
    expect(headline('The man in his 50s was travelling on his motorbike')).toBe('man in his 50s was travelling on motorbike');
    expect(headline('Pama is set to return to court')).toBe('Pama set to return to court');
    expect(headline('he is set to return')).toBe('he is set to return');
    expect(headline('the flag which protesters were trampling')).toBe('flag which protesters were trampling');
    expect(headline('the man was not charged')).toBe('man was not charged');
    // Only a passive relative reduces: ", picked him," would read as the subject's second verb.
    expect(headline('manager Joe Royle, who had picked him, paid for it')).toBe('manager Joe Royle, who picked him, paid for it');
  });

  it('drops photo directions', () => {
    expect(headline('Lawyer Ryan McGuigan (pictured, left) said he would appeal')).toBe('Lawyer Ryan McGuigan said he would appeal');
  });

  it('drops "that" after a verb of saying and "on" before a weekday', () => {
    expect(headline('Villagers said that his brother died on Monday')).toBe('Villagers said his brother died Monday');
    expect(headline('the man that died')).toBe('man that died');
  });

  it('never closes two figures up into what reads as one', () => {
    expect(headline('two boys aged 5, the 3 others unhurt')).toBe('two boys aged 5, the 3 others unhurt');
  });

  it('never drops a word that belongs to a figure', () => {
    expect(headline('a dozen people were injured', (raw) => raw === 'a' || raw === 'dozen')).toBe('a dozen people injured');
  });
});
