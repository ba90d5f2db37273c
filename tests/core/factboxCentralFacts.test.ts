// Sentences that state a story's central fact but gave no bullet (blind reading r46: "misses the
// central fact"), each shape as sentences of our own: a finding attributed to published research,
// a relative clause whose verb takes a list, a word the source typed twice.
import { describe, expect, it } from 'vitest';
import { suggestFactBox } from '../../core/index.ts';
import { compressions } from '../../core/factbox/compressSentence.ts';
import { tokenize } from '../../core/factbox/factText.ts';
import { findAsides } from '../../core/factbox/findAsides.ts';
import { headlineDrops } from '../../core/factbox/headlineDrops.ts';
import { secondClauses } from '../../core/factbox/secondClauses.ts';

const box = (text: string) => suggestFactBox([{ id: 's', text }]).map((b) => b.text);

/** Every version compressions offers of one sentence, as text without its closing mark. */
function sentenceVersions(text: string): string[] {
  const tokens = tokenize(text, 0, text.length);
  return compressions({ tokens, asides: findAsides(tokens), noCutBefore: new Set(), gluedAt: [], complete: true })
    .map((v) => v.segments.map(([a, b]) => tokens.slice(a, b).map((t) => t.raw).join(' ')).join(' ').replace(/[.,]$/, ''));
}

describe('central facts the box used to pass over', () => {
  it('states a finding of published research without its "according to research by …"', () => {
    const bullets = box('Armed groups in the Sahel are recruiting faster than ever, a new report has warned. '
      + 'Fighters from 40 countries have joined armed groups in the region, according to research by the United Nations. '
      + 'The report was presented to the Security Council in New York on Tuesday. '
      + 'Its authors interviewed 300 former fighters in Mali and Niger.');
    expect(bullets).toContain('Fighters from 40 countries have joined armed groups in the region');
  });

  it('still keeps the attribution of a study\'s view: "good for you" is the study\'s, not the box\'s', () => {
    const bullets = box('A new survey of 2,000 adults was published by the university on Monday. '
      + 'Three cups of coffee a day are good for you, according to a study by the university. '
      + 'The researchers followed the adults for ten years in Leeds and York.');
    for (const b of bullets) expect(b).not.toMatch(/^Three cups of coffee a day are good for you$/);
  });

  it('reads a comma inside a list as no end of a relative clause, so the clause may be left out', () => {
    const versions = sentenceVersions('Jane Hollis asked pupils to change their answers in national tests for 11-year-olds, which assess English, maths and science at Hill Primary School in Bath, Somerset.');
    expect(versions).toContain('Jane Hollis asked pupils to change their answers in national tests for 11-year-olds');
    // A clause the main clause resumes after still keeps its sentence whole.
    expect(sentenceVersions('The judge saw no value in Werner, who was staying in a cottage near Bala, being sent to jail.'))
      .not.toContain('The judge saw no value in Werner');
  });

  it('reads a clause of time or cause with a subject of its own as a statement of its own', () => {
    const clauses = (text: string) => {
      const tokens = tokenize(text, 0, text.length);
      return secondClauses(tokens).map((k) => tokens.slice(k).map((t) => t.raw).join(' ').replace(/[.]$/, ''));
    };
    expect(clauses('The mayor faced the first open revolt of his term on Monday, as Labour donors rounded on his housing plan.')).toEqual(['Labour donors rounded on his housing plan']);
    expect(clauses('The council approved the stadium plan on Monday night, after the club agreed to pay for a new road.')).toEqual(['the club agreed to pay for a new road']);
    // An "as" of manner compares with what someone expected: no statement without the clause before it.
    expect(clauses('Shares in the bank fell sharply in London on Tuesday, as the Bank of England had predicted in its report.')).toEqual([]);
    // A condition or a concession states nothing.
    expect(clauses('The club will move to a new ground next year, if the council approves the plan.')).toEqual([]);
    const bullets = box('The mayor faced the first open revolt of his term on Monday, as Labour donors rounded on his housing plan and his failure to build 5,000 homes. '
      + 'The mayor was elected in 2021. City Hall said the plan would go ahead.');
    expect(bullets).toContain("Labour donors rounded on his housing plan and his failure to build 5,000 homes");
  });

  it('says once a function word the source typed twice', () => {
    const tokens = tokenize('She asked pupils to make changes to the the national tests');
    const drop = headlineDrops(tokens, tokens.map(() => false));
    expect(tokens.filter((_, i) => !drop[i]).map((t) => t.raw).join(' ')).toBe('She asked pupils to make changes to the national tests');
    // A word that may stand twice is left as it is: "had had".
    const twice = tokenize('The old plan had had its day');
    const kept = headlineDrops(twice, twice.map(() => false));
    expect(twice.filter((_, i) => !kept[i]).map((t) => t.raw).join(' ')).toBe('The old plan had had its day');
  });
});
