// Guards for the faults a blind reader marked in our fact boxes (factbox-rubric.md), each on
// sentences written for the test: a bullet must read as a well-formed statement, every
// key figure must say what it counts, a bullet names its subject and states a fact, and an
// opinion keeps who holds it.
import { describe, expect, it } from 'vitest';
import { suggestFactBox } from '../../core/factbox/suggestFactBox.ts';

function box(text: string): string[] {
  return suggestFactBox([{ id: 's', text }]).map((b) => (b.label ? `${b.label}: ` : '') + b.text);
}

describe('fact-box faults a blind reader marked', () => {
  it('keeps articles and auxiliaries: "as result", "in number of", "suspended week" read as garbled', () => {
    const bullets = box('The harbour board has suspended the ferry captain for a week after a number of complaints from passengers. '
      + 'As a result, the ferry will run a reduced timetable for the rest of the month. '
      + 'The captain has been working on the route for a few years.');
    expect(bullets).toContain('The harbour board has suspended the ferry captain for a week after a number of complaints from passengers');
    for (const b of bullets) expect(b).not.toMatch(/\bas result\b|\bnumber of complaints\b(?<!a number of complaints)|\bfor week\b|\bfor few\b|\bfor rest\b/i);
  });

  it('lists key figures only as figure, noun and context, and never reads a count out of "9/11", "24/7" or "2-1"', () => {
    const text = 'The agency worked on 9/11 investigations and ran a 24/7 helpline for three years. '
      + 'United won the final 2-1 goals after extra time. The agency hired 40 analysts and opened two offices. '
      + 'The minister praised the six staff. The budget rose to £4 million.';
    const bullets = box(text);
    for (const b of bullets) expect(b).not.toMatch(/Key figures:.*(?:^|[ ;:])(?:11 investigations|7 helpline|1 goals)/);
    // "40 analysts; two offices; six staff" say what they count but not of what: no list.
    expect(bullets.some((b) => b.startsWith('Key figures:'))).toBe(false);
    const slash = box('Cases included child protection, bank privacy, and digital strands of 9/11 investigations in Manhattan. '
      + 'The bureau ran a 24/7 helpline for victims at the bureau. United won the final 2-1 goals at Wembley. '
      + 'The agency hired 40 analysts in Leeds and opened two offices in York.');
    const slashList = slash.find((b) => b.startsWith('Key figures:')) ?? '';
    expect(slashList).toMatch(/40 analysts in Leeds/);
    expect(slashList).not.toMatch(/11 investigations|7 helpline|1 goals/);
    const good = box('Police closed the road after a crash involving 39 vehicles in the pileup near Boulder. '
      + 'Crews treated 12 drivers at the scene and towed 20 trucks from the interstate. The fog lifted by noon.');
    const list = good.find((b) => b.startsWith('Key figures:'));
    for (const item of (list ?? '').replace(/^Key figures: /, '').split('; ').filter((x) => x !== '')) {
      expect(item).toMatch(/^\S+ \S+(?: \S+)* (?:of|for|in|from|on|at|to|with|by|across|over|near|against|during|after|since) \S/i);
    }
  });

  it('names the subject of every bullet and offers no teaser or comment as a fact', () => {
    const text = 'Snooker champion Mark Selby found himself in more trouble at the Crucible on Monday. '
      + 'A youngster has copied Arsenal winger Theo Walcott with a stunning volley in his back garden. '
      + 'The 12-year-old scored the goal from 30 yards at his home in Leeds. '
      + 'He plays for a junior team in Yorkshire every weekend. '
      + 'The latter club was founded in 1990 by local parents. '
      + 'His video seems a far cry from the usual garden kickabout. '
      + 'Tom Green, 12, has been invited to train with the Arsenal academy in London. '
      + 'Leeds Junior FC said Green had scored 40 goals for the club this season. '
      + 'Green will attend a trial at London Colney in May. '
      + 'Leeds City Council approved a new pitch for the junior team in March.';
    const bullets = box(text);
    expect(bullets.some((b) => /^Tom Green, 12, has been invited to train/.test(b))).toBe(true);
    for (const b of bullets) {
      expect(b).not.toMatch(/^(?:A youngster|The 12-year-old|He|His|The latter)\b/);
      expect(b).not.toMatch(/found himself|seems a far cry/);
    }
  });

  it('keeps who holds an opinion, and drops only an official\'s attribution of a plain fact', () => {
    const text = 'Rovers were the best team in the league and deserved the title, manager Sam Hill said. '
      + 'Police said the club bus was stopped on the M6 near Stafford on Sunday. '
      + 'Fans said the referee was a disgrace to the game. '
      + 'Rovers won the league title on Saturday with a 3-0 win over United at Ewood Park. '
      + 'Hill has managed the club since 2019.';
    const bullets = box(text);
    // The plain fact from the police stands alone.
    expect(bullets.some((b) => /^The club bus was stopped on the M6 near Stafford/.test(b))).toBe(true);
    for (const b of bullets) {
      // An opinion is said by someone, or not stated at all.
      if (/best team|deserved the title/.test(b)) expect(b).toMatch(/Sam Hill said|Hill said/);
      if (/disgrace/.test(b)) expect(b).toMatch(/Fans said/);
    }
  });

  it('offers no sentence from inside a quotation that runs over several sentences', () => {
    const text = 'Rovers manager Sam Hill praised his squad after the 3-0 win over United on Saturday. '
      + "Hill said: 'We showed our quality today. The referee ruined the first half for both sides. "
      + "Our fans deserve a trophy this season.' Rovers moved to the top of the table with the win. "
      + 'Striker Joe Bell scored twice in the second half at Ewood Park. United have lost three games in a row.';
    for (const b of box(text)) expect(b).not.toMatch(/referee ruined|deserve a trophy/);
  });

  it('ends a quotation left open at a paragraph break when the next paragraph opens without a mark', () => {
    // Newsroom convention: a quote running over paragraphs opens each one with a mark and closes
    // only at its end, so a paragraph that opens without one is the reporter's again.
    const text = 'Rovers stay 12 points clear at the top of the table after a 2-0 win at Ewood Park.\n'
      + 'He added: "The next game is the derby and we will go into it with a big lead.\n'
      + 'Rovers have won 40 of a possible 45 points in their last 15 league games.\n'
      + '"We are only looking at what is in front of us.\n'
      + 'Our fans deserve a trophy this season."\n';
    const bullets = box(text);
    expect(bullets.some((b) => b.startsWith('Rovers have won 40 of a possible 45 points'))).toBe(true);
    // The quotation that does run on, opening its paragraph with a mark, stays the manager's.
    for (const b of bullets) expect(b).not.toMatch(/deserve a trophy/);
  });
});
