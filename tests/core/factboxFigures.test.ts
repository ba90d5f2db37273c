// Fact boxes that carry the story's figures: each shape a figure hides in (an aside, a "who"
// clause, an age standing for a name, an intensifier) and the order that puts figures first.
// The sentences are made up for these tests; each fails if its rule is taken out.
import { describe, expect, it } from 'vitest';
import { suggestFactBox } from '../../core/factbox/suggestFactBox.ts';
import { headlineDrops } from '../../core/factbox/headlineDrops.ts';
import { tokenize } from '../../core/factbox/factText.ts';

const box = (text: string) => suggestFactBox([{ id: 's', text }]).map((b) => b.text);

function headline(text: string): string {
  const tokens = tokenize(text);
  const drop = headlineDrops(tokens, tokens.map(() => false));
  return tokens.filter((_, i) => !drop[i]).map((t) => t.raw).join(' ');
}

describe('fact-box figures', () => {
  it('lifts a "who" clause that states a figure into a statement about the named subject', () => {
    const text = 'A former council treasurer has agreed to repay the money he took from a charity for the blind. '
      + 'Colin Tarrant, who was jailed for 18 months in March last year, has said he will repay the whole £90,000 from his savings. '
      + 'The charity said it was pleased with the outcome of the hearing. '
      + 'Tarrant took the money over four years while he kept the accounts of the charity.';
    const bullets = box(text);
    expect(bullets).toContain('Colin Tarrant was jailed for 18 months in March last year');
    // The "who" clause is his, not the main clause's speaker's: no attribution is invented.
    for (const b of bullets) expect(b).not.toMatch(/has said he was jailed/);
  });

  it('lifts no "who" clause after a subject that is not a name, nor one that states no figure', () => {
    const text = 'A mountain rescue team has saved two walkers stranded on Ben Harrow overnight. '
      + 'The leader, who has led 40 rescues on the mountain this year, said the pair were cold but unhurt. '
      + 'Fiona Marsh, who runs the team, said walkers should carry a torch in winter. '
      + 'The walkers were flown to Fort Lorne by a coastguard helicopter on Sunday morning.';
    const bullets = box(text);
    for (const b of bullets) {
      expect(b).not.toMatch(/^The leader has led 40 rescues/);
      expect(b).not.toMatch(/^Fiona Marsh runs the team/);
    }
  });

  it('keeps an aside that states a figure, and leaves out the one that states none', () => {
    const text = 'Harbour Town have confirmed plans for a new main stand at their Quay Road ground. '
      + "The new stand (which was designed by a local firm of architects from the town) - the club's first in 40 years - will hold 6,000 fans. "
      + 'Fans were told about the plans at a meeting on Tuesday night.';
    expect(box(text)).toContain("The new stand - the club's first in 40 years - will hold 6,000 fans");
  });

  it('names the main person when the story calls them by their age alone', () => {
    const text = 'Gordon Haskell will be confirmed as Dunmore Athletic manager on Friday after eight weeks in caretaker charge. '
      + 'The club will make the announcement on Friday morning, and Haskell will be given a three-year deal. '
      + 'On Thursday the 44-year-old paid tribute to the players who have won six of his eight games. '
      + 'Haskell had been assistant to the previous manager for two seasons. '
      + 'Haskell said he had always wanted to manage a club like Dunmore.';
    expect(box(text)).toContain('Haskell, 44, paid tribute to the players who have won six of his eight games');
  });

  it('names the main person past an appositive, when the story gives them that age by full name', () => {
    const text = 'Police in Ohio are hunting 31-year-old swimming coach Daniel Okafor, who faces six counts of fraud. '
      + 'Okafor took money from the club accounts over two years, prosecutors say. '
      + 'Okafor was last seen at his home in Dayton on Friday. '
      + 'According to police, the 31-year-old, a former Olympic trialist, left the country on Saturday.';
    expect(box(text)).toContain('Okafor, 31, a former Olympic trialist, left the country Saturday');
  });

  it('names the main person for an age with a description, which the name replaces', () => {
    const text = 'Callum Reid missed the cut on his debut at the Open at Carnoustie. '
      + 'Reid admitted he had found the week hard going. '
      + 'The 20-year-old Scot carded rounds of 77 and 80 to finish 11 over par. '
      + 'The Scot said he would go back to the amateur game for a season, and Reid thanked the crowd.';
    expect(box(text)).toContain('Reid, 20, carded rounds of 77 and 80 to finish 11 over par');
  });

  it('does not name anyone for an age when another person of the story has that age', () => {
    const text = 'Gordon Haskell will be confirmed as Dunmore Athletic manager on Friday after eight weeks in caretaker charge. '
      + 'His assistant, Peter Lyle, 44, will stay on at the club for next season. '
      + 'On Thursday the 44-year-old paid tribute to the players who have won six of their eight games. '
      + 'Haskell had been assistant to the previous manager for two seasons. '
      + 'Haskell said he had always wanted to manage a club like Dunmore.';
    for (const b of box(text)) expect(b).not.toMatch(/^Haskell, 44,/);
  });

  it('leaves out an "-ing" phrase after a name that opens the sentence', () => {
    const text = 'A primary school teacher who changed his pupils\' exam answers has been banned from teaching. '
      + 'Martin Doyle, acting on behalf of the Education Secretary, banned the teacher from the classroom for at least three years. '
      + 'The school said it had made changes to how tests are supervised.';
    expect(box(text)).toContain('Martin Doyle banned the teacher from the classroom for at least three years');
  });

  it('starts a sentence where a caption ran into it after a number: a known surname and its verb', () => {
    const text = 'Rovers striker Karl Brandt is wanted by three Premier League clubs. '
      + 'Brandt celebrates a goal against City in March 2021 Brandt has scored 14 goals for Rovers this season and could move in the summer. '
      + 'Rovers manager Tom Hale said the club would not sell him cheaply.';
    const bullets = box(text);
    // The sentence starts at "Brandt has", with or without its second predicate.
    expect(bullets.some((b) => /^Brandt has scored 14 goals for Rovers this season(?: and could move in the summer)?$/.test(b))).toBe(true);
    for (const b of bullets) expect(b).not.toMatch(/celebrates a goal/);
  });

  it('keeps the next step of a court case with its date, told at the end of the story', () => {
    const text = 'A man has been charged after a fight outside a pub in Leeds left a doorman badly hurt. '
      + 'Police were called to the Crown and Anchor on Market Street shortly after midnight. '
      + 'The doorman was taken to hospital with head injuries. '
      + 'Witnesses said the fight began after the man was refused entry. '
      + "The pub's owner said staff had been shaken by the attack. "
      + 'Neighbours have complained about noise from the pub for years. '
      + "The council is reviewing the pub's licence. "
      + 'A local councillor said the area needed more police patrols at night. '
      + 'The man was granted bail by magistrates. '
      + 'The case is due to return to court on June 12.';
    const bullets = suggestFactBox([{ id: 's', text }]);
    const next = bullets.find((b) => b.text === 'The case is due to return to court June 12');
    expect(next).toBeDefined();
    // No role label: "When:" would not fit a statement, and the next step is no role.
    expect(next!.label).toBe('');
  });

  it('gives a match result, score and all, right after the lead', () => {
    const text = 'Rovers manager Tom Hale has told his players to forget the cup and think only of the league. '
      + 'A win over third-placed Harbour Town on Saturday would take Rovers four points clear at the top of the table. '
      + 'Hale has warned his side against complacency after a long run of 12 league games without defeat. '
      + "Hale has asked his players to forget Tuesday night's 3-1 cup win over City at the Riverside. "
      + 'Hale said the squad had worked hard all season. '
      + 'Striker Sam Cole is doubtful with a knee injury.';
    const bullets = box(text);
    expect(bullets[1]).toBe("Hale has asked his players to forget Tuesday night's 3-1 cup win over City at the Riverside");
  });

  it('gives no key figures that repeat a figure the box already states', () => {
    const text = 'A crypto exchange transferred nearly $1.8 billion worth of stablecoins to hedge funds last year, a report found. '
      + 'The report said the exchange moved more than a billion dollars worth of assets in secret. '
      + 'The transfers started in August. '
      + 'Hedge fund Alameda received $20 million from the exchange. '
      + 'The exchange denied wrongdoing. '
      + 'Regulators said they were looking at the report.';
    const bullets = suggestFactBox([{ id: 's', text }]);
    expect(bullets[0]?.text).toMatch(/^A crypto exchange transferred nearly \$1\.8 billion/);
    expect(bullets.some((b) => b.label.startsWith('Key figure') && /1\.8 billion/.test(b.text))).toBe(false);
  });

  it('gives no "Distance" bullet for one distance alone, which does not say what is that far', () => {
    const text = 'A sailor missing for two months has been found alive in the Atlantic. '
      + 'The next time his father spoke with him, more than two months had passed and the sailor was on a container ship 200 miles from North Carolina, just rescued from his disabled boat. '
      + 'The sailor said he had survived on rainwater and raw fish. '
      + 'His father said he had never given up hope.';
    const bullets = suggestFactBox([{ id: 's', text }]);
    for (const b of bullets) {
      expect(b.label).not.toBe('Distance');
      expect(b.text).not.toMatch(/^200 miles/);
    }
  });

  it('drops the writer\'s intensifiers, and "a" before a figure with them', () => {
    expect(headline('The number of members soared by a staggering 71 per cent')).toBe('The number of members soared by 71 per cent');
    expect(headline('The record lamb weighed in at a hefty 24lbs')).toBe('The record lamb weighed in at 24lbs');
    expect(headline('The jaw-dropping sculpture is the work of a local artist')).toBe('The sculpture is the work of a local artist');
    // What is said, and a size with no figure to state it, stay.
    expect(headline('He is a remarkable man')).toBe('He is a remarkable man');
    expect(headline('A massive fire broke out')).toBe('A massive fire broke out');
  });

  it('puts the bullets that state figures before the colour, after the lead', () => {
    const text = 'Harbour Council has approved a plan to rebuild the town pier. '
      + 'Council leader Ann Reed praised the campaigners who fought for the pier for years. '
      + 'Campaigners held a party on the promenade to celebrate the decision. '
      + 'The rebuilt pier will cost £40 million and open in 2027.';
    const bullets = box(text);
    expect(bullets[0]).toMatch(/^Harbour Council has approved/);
    expect(bullets[1]).toBe('The rebuilt pier will cost £40 million and open in 2027');
  });

  it('keeps the lead after the casualties, and a role bullet among the hard facts', () => {
    const text = 'Four people were injured when a missile struck an oil depot near Varna late on Sunday. '
      + 'The strike targeted the Northgate fuel terminal on the edge of the city. '
      + 'Officials said 300 firefighters fought the blaze for twelve hours. '
      + 'Residents described hearing a loud bang before the fire began.';
    const bullets = suggestFactBox([{ id: 's', text }]);
    expect(bullets[0]!.label).toBe('Casualties');
    expect(bullets[1]!.text).toMatch(/^Four people were injured when a missile struck/);
    expect(bullets[2]!.label).toBe('Target');
    // A lead that states no figure still comes right after the casualties.
    const plainLead = suggestFactBox([{ id: 's', text: 'A missile has struck an oil depot near the Black Sea port of Varna. '
      + 'Four people were injured in the blast late on Sunday. '
      + 'The strike targeted the Northgate fuel terminal on the edge of the city. '
      + 'Officials said 300 firefighters fought the blaze for twelve hours.' }]);
    expect(plainLead[0]!.label).toBe('Casualties');
    expect(plainLead[1]!.text).toBe('A missile has struck an oil depot near the Black Sea port of Varna');
  });

  it('tells a rank from a count: "the first" in the lead does not make "One boat sank" a figure the box already gives', () => {
    const text = 'Aldbury will host the first Great Thames Raft Race in July. '
      + 'Raft builder Sam Cole said 40 teams had entered the race. '
      + 'The Aldbury course runs 8 miles from Marlow to Cookham. '
      + 'Entry costs £50 a team, with the money going to the Thames Rescue charity. '
      + 'In a trial run last month, one raft sank, so only 12 crossed the finish line, of which two were unhurt. '
      + 'Cole, 58, built his own raft from oil drums.';
    expect(box(text).some((b) => /only 12 crossed the finish line/.test(b))).toBe(true);
  });

  it('states the contrast a name opens after "but" with no comma: "… an experienced mother but Duke is twice the weight …"', () => {
    const text = 'A foal weighing 110kg has been born at a stud farm near Newmarket after a four-hour labour. '
      + 'Farm manager Tom Hale said it was the biggest foal the stud had ever delivered. '
      + 'Mare Bella is 12 years old and an experienced mother but Duke is twice the weight of all her earlier foals, each weighing about 55kg at birth. '
      + 'The stud plans to keep Duke for breeding.';
    expect(box(text).some((b) => /^Duke is twice the weight of all her earlier foals/.test(b))).toBe(true);
  });

  it('names a "she" after a sentence adverb, from a sentence whose subject follows an opening adverbial and takes an irregular past ("In a bid to lose weight Anna Cole began …")', () => {
    const text = 'A mother of three from Leeds has run a marathon two years after she weighed 22 stone. '
      + 'In a bid to lose weight Anna Cole began running every morning with her sister. '
      + 'Incredibly, she ran the London Marathon in April 2014 in under five hours. '
      + 'Cole, 41, now coaches a running club in Headingley.';
    const bullets = box(text);
    // The bullet that first mentions her gives her full name (introduceNames).
    expect(bullets).toContain('Anna Cole ran the London Marathon in April 2014 in under five hours');
    for (const b of bullets) expect(b).not.toMatch(/^(?:She|Incredibly)/);
  });

  it('states what "a man who …" did when the sentence presents the previous one as his warning', () => {
    const text = 'Tom Reed has warned his rivals that he is riding better than ever. '
      + 'It is an ominous warning from a man who has won six of the last eight races, and who already holds a 40-point lead in the standings. '
      + 'Reed, 28, rides for the Sky team.';
    const bullets = box(text);
    expect(bullets).toContain('Reed has won six of the last eight races');
    expect(bullets).toContain('Reed already holds a 40-point lead in the standings');
    // Not when the previous sentence is not the person saying it: "a man who" could be anyone.
    const other = box('Tom Reed crashed out of the race in Leeds on Sunday. '
      + 'It is an ominous warning from a man who has won six of the last eight races, and who already holds a 40-point lead in the standings. '
      + 'Reed, 28, rides for the Sky team.');
    for (const b of other) expect(b).not.toMatch(/^Reed (?:has won six|already holds)/);
    // A list that would lose its "and" with the next clause ends at its first item.
    const list = box('Tom Reed has warned his rivals that he is riding better than ever. '
      + 'It is an ominous warning from a man who has won six of the last eight races, been on the podium at the last four, and who already holds a 40-point lead in the standings. '
      + 'Reed, 28, rides for the Sky team.');
    expect(list).toContain('Reed has won six of the last eight races');
    for (const b of list) expect(b).not.toMatch(/races, been/);
  });
});
