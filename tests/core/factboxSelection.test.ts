import { describe, expect, it } from 'vitest';
import { suggestFactBox } from '../../core/factbox/suggestFactBox.ts';
import { labelFact } from '../../core/factbox/labelFact.ts';

const box = (text: string) => suggestFactBox([{ id: 's', text }]).map((b) => b.text);

describe('fact-box selection', () => {
  it('opens with the lead, the story\'s central point', () => {
    const text = 'Harbour Council has approved a £40 million plan to rebuild the town pier by 2027. '
      + 'The old pier was closed in 2019 after storm damage left its deck unsafe. '
      + 'Work on the new pier will begin in the spring, council leader Ann Reed said. '
      + 'The weather on the day of the vote was sunny and warm across the coast. '
      + 'A cafe on the promenade sold out of ice cream by noon.';
    expect(box(text)[0]).toMatch(/^Harbour Council has approved a £40 million plan to rebuild the town pier/);
  });

  it('ranks another holder\'s record after every bullet about the story\'s own record, and only to fill a short box', () => {
    const text = 'Farmer Ruth Pryce has bred a 19lb calf named Tiny Tom at her farm near Ludlow, Shropshire. '
      + 'Tiny Tom was delivered by Ruth Pryce and two vets after a four-hour birth on Monday. '
      + 'Pryce said Tiny Tom is three times the weight of the 30 other calves born at the farm this spring. '
      + 'The farm plans to keep Tiny Tom as a breeding bull, Pryce said. '
      + 'Tiny Tom was weighed again on Wednesday and had gained 2lb since Monday. '
      + 'The heaviest calf ever recorded in Britain weighed 31lbs in 1998. '
      + 'Last year Big Bertha was born at 24lbs 3oz near Exeter in Devon. '
      + 'The title for the heaviest Hereford calf went to Samson, who was born in Kent in 2009.';
    const bullets = box(text);
    // Other calves' records come after every bullet about Tiny Tom, and a box with four of those
    // has no room for Big Bertha or Samson.
    const last = Math.max(...bullets.map((b, i) => (/Tiny Tom|Pryce/.test(b) ? i : -1)));
    const first = bullets.findIndex((b) => /heaviest|Big Bertha|Samson/.test(b));
    expect(last).toBeGreaterThanOrEqual(2);
    if (first >= 0) expect(first).toBeGreaterThan(last);
    expect(bullets.join(' ')).not.toMatch(/Big Bertha|Samson/);
  });

  it('takes two ordinals for two facts, not one figure twice ("first season", "the first goal")', () => {
    const text = 'Rovers were beaten 2-1 by Dale Town on Monday night in front of 12,000 fans at Hill Park. '
      + 'The defeat leaves Rovers nine points adrift of safety with five games left. '
      + 'Rovers defender Sam Cole has endured a miserable first season at Hill Park since his £4million move. '
      + 'Striker Tom Hale scored the first goal for Dale Town with a header. '
      + 'Rovers manager Ian Pike said his players had let the fans down.';
    const bullets = box(text).join(' | ');
    expect(bullets).toMatch(/Tom Hale scored the first goal/);
    expect(bullets).toMatch(/Sam Cole has endured a miserable first season/);
  });

  it('says what the story\'s pictures show when a caption in its opening tells it', () => {
    const text = 'These stunning photos will make you look twice. '
      + 'Hidden in plain sight, these dancers are hard to tell apart from the walls behind them. '
      + 'Painted from head to toe, the dancers stand still for hours at a time. '
      + 'A series of photos by Dutch artist Anke Vos show painted dancers hidden against brick walls In most of the photos, only their eyes give them away. '
      + 'The project is the work of Anke Vos, a 41-year-old painter from Utrecht. '
      + 'Vos has painted dancers for 12 years and has shown her work in 30 galleries.';
    expect(box(text).join(' | ')).toMatch(/Anke Vos show painted dancers hidden against brick walls/);
  });

  it('passes over reaction boilerplate and scene-setting', () => {
    const text = 'Riverside Rail has been fined £3 million after a train derailed near Oxbridge station in March. '
      + 'The regulator found the company had ignored warnings about a cracked rail for six months. '
      + 'Riverside Rail are yet to comment on the ruling. '
      + 'Union officials declined to comment when contacted. '
      + 'Video of the derailment was obtained by a local news site. '
      + 'The company is trying to be as positive as possible. '
      + 'Four passengers were treated in hospital for minor injuries after the derailment.';
    const bullets = box(text);
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    for (const b of bullets) expect(b).not.toMatch(/yet to comment|declined to comment|was obtained by|trying to be/);
  });

  it('labels "Charges:" only a charge someone faces, not a rule or a charge in passing', () => {
    expect(labelFact('John Smith, 41, has been charged with murder')).toBe('Charges');
    expect(labelFact('Alan Reed faces eight counts of fraud')).toBe('Charges');
    // The verdict on a charge is labelled as such.
    expect(labelFact('Reed was convicted of fraud in March')).toBe('Verdict');
    expect(labelFact('Weatherhogg was found guilty of coercing the woman')).toBe('Verdict');
    expect(labelFact('Violators will be jailed for ten days')).toBe('');
    expect(labelFact('Police have launched a manhunt for a teacher who has been charged with theft')).toBe('');
    expect(labelFact('A row between two neighbours over noise has ended in tragedy with one man dead and another charged with manslaughter')).toBe('');
    // An arrest after an accusation is the arrest: no charge is named.
    expect(labelFact('A taxi driver in India has been arrested after being accused of molesting a British tourist')).toBe('');
  });

  it('charges a bullet less for the words that carry a new figure: the cancer diagnosis before the mother\'s praise', () => {
    const bullets = suggestFactBox([{ id: 's', text: 'A mother who ate takeaways every night has lost seven stone in a year. '
      + 'Amy Platt, 32, from Leek, weighed 20 stone when a child on a bus asked if she was pregnant. '
      + 'She swapped takeaways for home cooking and joined a slimming club near her home. '
      + 'Amy achieved her goal despite being diagnosed with cervical cancer in October 2013. '
      + "Amy's mum, Sue Platt, 57, said her daughter's efforts had been amazing." }], { maxBullets: 3 }).map((b) => b.text);
    expect(bullets).toContain('Amy achieved her goal despite being diagnosed with cervical cancer in October 2013');
    for (const b of bullets) expect(b).not.toMatch(/efforts had been amazing/);
  });

  it('labels a plea "Plea:", not "Charges:", and a charge in a participle after its noun no charge', () => {
    expect(labelFact('An Ohio man accused of assaulting three girls has pleaded not guilty to 19 counts in court')).toBe('Plea');
    expect(labelFact('Daniel Hart, 41, pleaded guilty to 12 counts of burglary')).toBe('Plea');
    expect(labelFact('A man accused of assault has walked free from court')).toBe('');
    // The participle states the charge after an auxiliary, or in headline style.
    expect(labelFact('Mark Lee was accused of fraud in 2019')).toBe('Charges');
    expect(labelFact('Teacher charged with stealing school funds')).toBe('Charges');
  });

  it('labels "Charges:" only the story\'s own charge, not an accusation told as background', () => {
    const story = (extra: string) => suggestFactBox([{ id: 's', text: 'Rideshare firm Zoomly has hired former prosecutor Dana Whitfield to lead its safety team. '
      + 'The $12 billion company has faced criticism over how it checks its drivers. '
      + 'Whitfield, 52, spent ten years prosecuting fraud cases in Chicago. '
      + extra
      + 'Whitfield will start work in June and report to the chief executive.' }]);
    const background = story('A driver in Lisbon was accused of assaulting a passenger in March. ').find((b) => /accused of assaulting/.test(b.text));
    expect(background?.label).toBe('');
    // The same words about the story's own person are its charge.
    const own = story('Whitfield was accused of leaking a witness list in 2019. ').find((b) => /accused of leaking/.test(b.text));
    expect(own?.label).toBe('Charges');
  });

  it('labels no sentence "Charges:": a prison term names no offence', () => {
    expect(labelFact('Mason jailed for six years')).toBe('');
    expect(labelFact('Hart was jailed for 27 months at Leicester Crown Court')).toBe('');
    expect(labelFact('The driver was sentenced to life in prison')).toBe('');
    expect(labelFact('Hart, who was imprisoned for two years in May, has said he will repay the money')).toBe('');
  });

  it('keeps a penalty with its offence: "jailed … after he admitted …" is the story, not a tail', () => {
    const text = 'A shop manager who stole from his employer for six years has been jailed. '
      + 'Tom Hart, 44, was jailed for three years at Carlisle Crown Court after he admitted stealing £40,000 from the Keswick bakery where he worked. '
      + 'The court heard Hart spent the money on holidays and a new car. '
      + 'The bakery has since changed the way it handles cash. '
      + 'Hart will serve half of the sentence before he is released on licence.';
    const jailed = box(text).filter((b) => /jailed for three years/.test(b));
    expect(jailed.length).toBeGreaterThan(0);
    for (const b of jailed) expect(b).toMatch(/admitted stealing £40,000/);
  });

  it('opens with the whole lead when it fits: its second half is often the story', () => {
    const text = 'A woman has been hit by a bus in Leeds - a year after her husband was hit by a bus at the same stop. '
      + 'Mary Stone, 71, was taken to Leeds General Infirmary with a broken leg. '
      + 'Her husband Tom died in hospital after the accident last March. '
      + 'West Yorkshire Police said the bus driver had stopped at the scene. '
      + 'The bus company said it would review the stop.';
    expect(box(text)[0]).toBe('A woman has been hit by a bus in Leeds - a year after her husband was hit by a bus at the same stop');
  });

  it('leaves colour out of a box of four or more news bullets: no figure (but in a relative clause) and no one named, a judgement any story could close on, or a "this" pointing back', () => {
    const text = 'Oakfield Town have sacked manager Dave Price after a 4-0 defeat by Barnsley on Saturday. '
      + 'Price, 52, leaves after 18 months in charge with the club 21st in League One. '
      + 'Oakfield chairman Ray Moss said the board had lost faith in Price after five straight defeats. '
      + 'Assistant Lee Hart will take charge for the trip to Wigan on Tuesday. '
      + 'Moss said the club would name a new manager within two weeks. '
      + 'Rain fell steadily on the pitch all afternoon. '
      + 'Leftover programmes were found in the stands after the match, which drew 4,000 fans. '
      + 'Former striker Tom Bell said it\'s an exciting time. '
      + 'To reach the ground they walked through the park. '
      + 'Price denies this account. '
      + 'About 300 of them left the ground before the final whistle.';
    const bullets = box(text);
    expect(bullets.length).toBeGreaterThanOrEqual(4);
    for (const b of bullets) expect(b).not.toMatch(/Rain fell|Leftover programmes|exciting time|they walked|this account|of them/);
  });

  it('gives an earlier case the story cites for context only to fill a short box, and last', () => {
    const text = 'A bus driver in Bristol has been arrested after being accused of robbing a pensioner on his route. '
      + 'Police said the driver, 41, took £300 from the 80-year-old woman on Tuesday morning. '
      + 'The driver was suspended by the bus company on Wednesday. '
      + 'In March retired teacher Joan Hale, 72, was robbed by a gang of four men at a bus stop in Bath. '
      + 'The driver will appear before Bristol magistrates on June 3. '
      + 'A police spokesman said officers had taken statements from the woman and her son.';
    // The story gives three bullets of its own ("statements from the woman" points to a woman the
    // box never introduces), so the earlier case may fill the fourth place, and only last.
    const bullets = box(text);
    expect(bullets.length).toBeGreaterThanOrEqual(4);
    const earlier = bullets.findIndex((b) => b.startsWith('In March'));
    expect(earlier === -1 || earlier === bullets.length - 1).toBe(true);
    expect(box(text.replace('A police spokesman said officers had taken statements from the woman and her son.', 'Police have taken statements from three witnesses on the bus.'))
      .some((b) => b.startsWith('In March'))).toBe(false);
    // Background on the story's own people is their story and competes as usual.
    const own = box(text.replace('In March retired teacher Joan Hale, 72, was robbed by a gang of four men at a bus stop in Bath.', 'In March the Bristol driver was cleared of a theft charge by a court in Bath.'));
    expect(own.some((b) => b.startsWith('In March the Bristol driver was cleared'))).toBe(true);
  });

  it('takes a picture caption run into the lead for a statement of its own, which may restate the lead', () => {
    const text = 'A 30-year-old British nurse has claimed she was robbed by a taxi driver in Leeds, who has now been arrested (pictured posed by model) A taxi driver in England has been arrested after being accused of robbing a British nurse. '
      + 'The man, from Harrogate, is accused of taking £200 from the woman. '
      + 'The driver is alleged to have robbed the nurse in Leeds on Friday evening. '
      + 'A police spokesman said they had taken statements from the woman and her friend.';
    const bullets = box(text);
    expect(bullets[0]).toBe('A taxi driver in England has been arrested after being accused of robbing a British nurse');
    expect(bullets.some((b) => b.startsWith('A 30-year-old British nurse has claimed'))).toBe(false);
  });

  it('takes "The documentary …" for a bullet only where the box names the documentary', () => {
    const story = (third: string) => 'A taxi driver in Bristol has been arrested after being accused of robbing a German tourist. '
      + 'The 24-year-old woman told police she was robbed of £400 in the back of the cab on Friday night. '
      + 'The driver, known as Wayne, is from the Easton area of the city. '
      + `${third} `
      + 'Police said officers had taken statements from the woman and her friend. '
      + 'The documentary showed the arrest of 19-year-old driver Jake Perry in Leeds.';
    // Told in the first person, the documentary's own sentence gives no bullet to name it.
    const bullets = box(story('I watched a BBC documentary about night-shift cab drivers last year.'));
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    expect(bullets.some((b) => b.startsWith('The documentary'))).toBe(false);
    // Where a bullet names it, "The documentary …" comes after that bullet.
    const after = box(story('Last year a BBC documentary followed night-shift cab drivers across England.'));
    const at = after.findIndex((b) => b.startsWith('The documentary'));
    if (at >= 0) expect(after.findIndex((b) => /\bBBC documentary\b/.test(b))).toBeLessThan(at);
    // Where the lead names it, "the documentary" has its referent.
    const named = box(story('Last year a BBC documentary followed night-shift cab drivers across England.').replace('A taxi driver in Bristol has been arrested', 'A taxi driver seen in a BBC documentary has been arrested'));
    expect(named.some((b) => b.startsWith('The documentary showed the arrest'))).toBe(true);
  });

  it('takes a bullet that points back with "the" + a thing told of before only where the box names it (blind reading r25)', () => {
    const story = (third: string) => 'NASA chief scientist Ellen Stofan said on Tuesday that humans will find signs of alien life within a decade. '
      + 'Stofan said definitive evidence would come within 20 to 30 years. '
      + 'She spoke at a panel in Washington. '
      + `${third} `
      + 'The Hubble Space Telescope has been key to the discoveries, NASA said. '
      + 'Scientists have found evidence of water on a number of moons.';
    // The discoveries are told of in a sentence that gives no bullet: "the discoveries" points nowhere.
    const bullets = box(story('"Nobody expected these discoveries," a researcher said.'));
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    expect(bullets.some((b) => /key to the discoveries/.test(b))).toBe(false);
    // Where the lead names them, the bullet has its referent.
    const named = box(story('"Nobody expected these discoveries," a researcher said.')
      .replace('humans will find signs of alien life within a decade', 'recent discoveries mean humans will find signs of alien life within a decade'));
    expect(named.some((b) => /key to the discoveries/.test(b))).toBe(true);
  });

  it('reads a possessive ("the magazine\'s feature") and "from both clubs" as pointers back too', () => {
    const story = (second: string) => 'Actress Patsy Kensit has praised the Duchess of Cambridge as a modern-day suffragette. '
      + 'Kensit, 47, has two sons and lives in London. '
      + `${second} `
      + 'Miss Kensit appeared in the magazine\'s regular Queen of Everything feature and said the Duchess would be her inspiration. '
      + 'Novelist Margaret Atwood has called Kate an uneventful dresser. '
      + 'Fans of both clubs have criticised the remarks online.';
    const bullets = box(story('She was speaking to a weekly fashion magazine.'));
    expect(bullets.some((b) => b.includes("the magazine's regular"))).toBe(false);
    expect(bullets.some((b) => b.startsWith('Fans of both clubs'))).toBe(false);
  });

  it('takes another fixture\'s team news for a side story: a shirt number is no figure, a shared role no shared matter', () => {
    const text = 'A training session of 40 scrums is how Tom Wood\'s Northampton prepared for Saturday\'s top-of-the-table meeting with Saracens. '
      + 'England flanker Wood says Saracens have smelt blood after two defeats in a row. '
      + 'Wood wants his side to show they are still the champions. '
      + 'Wood has played 11 games for Northampton this season. '
      + 'Northampton have lost their last two league games, to Exeter and Bath. '
      + 'Courtney Lawes has been passed fit to return for Northampton. '
      + 'A record crowd of 25,000 is expected at Stadium MK for the game. '
      + 'Elsewhere, Olly Barkley reclaims the Exiles No 10 shirt and ex-Leicester flanker Ben Pienaar starts for London Welsh.';
    expect(box(text).some((b) => b.includes('Olly Barkley'))).toBe(false);
  });

  it('takes another match for a side story where no one person is the story, however the surname is spelt', () => {
    // O'Sullivan is named most, but his opponent nearly as often: no one person stands out, so
    // the story's people are those the opening names, and other players' matches are side stories.
    const text = 'Ronnie O\'Sullivan found himself in bother at the World Championship after a rude gesture during his match against Matthew Stevens. '
      + 'O\'Sullivan leads Stevens 12-4 and needs one more frame to reach the quarter-finals. '
      + 'O\'Sullivan was warned by the referee Olivier Marteel after the gesture. Stevens said he had not seen it. '
      + 'Any repeat would see O\'Sullivan docked a frame, tournament director Mike Ganley said. '
      + 'O\'Sullivan avoided a fine in the first round when he played without shoes. '
      + 'Shaun Murphy left Joe Perry with a mountain to climb as their clash got under way. '
      + 'A finish with a session to spare was possible when Neil Robertson led 11-3. '
      + 'Mark Selby beat Ding Junhui in the late match.';
    const bullets = box(text);
    expect(bullets.some((b) => b.includes('Murphy'))).toBe(false);
    expect(bullets.some((b) => b.includes('Robertson'))).toBe(false);
    expect(bullets.some((b) => b.includes('Selby'))).toBe(false);
    expect(bullets.length).toBeGreaterThanOrEqual(4);
  });

  it('takes another person\'s own news for a side story in a story about one person, though another bullet names them', () => {
    const text = 'Riddick Bowe was once the world\'s best heavyweight and had $15million, but he is now offering to post tweets for $20. '
      + 'Bowe, 46, offered to tweet anything for people who pay him through PayPal. '
      + 'Bowe made a comeback as a Muay Thai fighter but was beaten in the second round. '
      + 'Bowe filed for bankruptcy in 2005. '
      + 'Bowe beat Evander Holyfield in 1992 at Caesars Palace. '
      + 'Most of Holyfield\'s £150million fortune has now gone, spent on gambling and three divorces.';
    const bullets = box(text);
    expect(bullets.some((b) => b.includes('Bowe beat Evander Holyfield'))).toBe(true);
    expect(bullets.some((b) => b.includes('fortune has now gone'))).toBe(false);
  });

  it('keeps a named official the story turns to, placed by a role, where no one person is the story', () => {
    const text = 'A Delaware family fell ill after a pest-control firm fumigated their holiday villa in St John. '
      + 'The father is stable and his two sons remain in critical condition. '
      + 'Investigators are testing the villa for methyl bromide, a banned pesticide. '
      + 'Judith Enck, the EPA regional administrator, said paramedics were called early on March 20. '
      + 'The Justice Department has opened a criminal investigation.';
    expect(box(text).some((b) => b.includes('Judith Enck'))).toBe(true);
  });

  it('labels "Operator:" only who carried out an attack, not anything "carried out by" someone', () => {
    expect(labelFact('The drone strike on the depot was carried out by the army\'s 7th Brigade')).toBe('Operator');
    expect(labelFact('Another stunt carried out by the hacker group was the takeover of billboards in Kiev')).toBe('');
  });

  it('keeps trivia for last, and only to fill a box short of four', () => {
    const text = 'Harbour Council has approved a £40 million plan to rebuild the town pier. '
      + 'Council leader Ann Reed said work would begin in May. '
      + 'Gulls circled over the empty beach during the vote.';
    const bullets = box(text);
    expect(bullets[bullets.length - 1]).toMatch(/^Gulls circled/);
  });

  it('keeps a bullet built of what the story keeps returning to, even with no one named', () => {
    const text = 'Skin Lab, a Miami beauty clinic, asks clients to sign a waiver before a laser facial. '
      + 'The waiver releases personal details to a coroner and a funeral director. '
      + 'Skin Lab founder Yen Ross said 4,000 clients had signed the waiver since 2013. '
      + 'A coroner and a funeral director need the details only if a client dies, Ross said. '
      + 'No coroner or funeral director has asked Skin Lab for personal details. '
      + 'Each facial at Skin Lab costs $75 and takes ten minutes. '
      + 'Ross, 41, was fined $2,000 by Florida regulators in 2015. '
      + 'Florida health inspectors visited Skin Lab twice in 2014.';
    const bullets = box(text);
    expect(bullets).toContain('The waiver releases personal details to a coroner and a funeral director');
    // It is the story, so it comes with the hard facts, before the price list.
    expect(bullets.indexOf('The waiver releases personal details to a coroner and a funeral director')).toBeLessThan(bullets.findIndex((b) => /costs \$75/.test(b)));
  });

  it('takes a time or a count for the subject it is: "This week is the 50th anniversary …", "It\'s the third year in a row …"', () => {
    const text = 'This week is the 50th anniversary of the Aberfan disaster, in which 144 people died. '
      + 'It\'s the third year in a row the Welsh government has refused to fund a memorial service. '
      + 'Villagers will hold their own service on Friday.';
    const bullets = box(text);
    expect(bullets).toContain('This week is the 50th anniversary of the Aberfan disaster, in which 144 people died');
    expect(bullets).toContain('It\'s the third year in a row the Welsh government has refused to fund a memorial service');
    // Still no bullet that points back: "This was …", "It was …".
    expect(box('The council approved the plan. This was despite protests. It was a close vote of 5-4.')).not.toContain('This was despite protests');
  });

  it('takes a career note for background, not news: "joined from … and is contracted until …"', () => {
    const text = 'Rovers were beaten 3-1 by Wanderers on Saturday, leaving them six points from safety. '
      + 'Striker Ian Dale scored twice for Wanderers in the first half. '
      + 'Rovers manager Kim Ash said his side had been second best all afternoon. '
      + 'Dale joined from Leeds in July 2012 and is contracted to Wanderers until 2018. '
      + 'Rovers captain Paul Reed, 34, was sent off in the 70th minute for a second yellow card. '
      + 'Goalkeeper Tom Nash joined from Hull in August last year. '
      + 'Rovers face Town at home next Saturday.';
    const bullets = box(text);
    expect(bullets.length).toBeGreaterThanOrEqual(4);
    for (const b of bullets) expect(b).not.toMatch(/joined from/);
  });

  it('takes the scene for colour: a face shielded from reporters, a disclaimer of what is not being said', () => {
    const text = 'A Perth man has been charged with manslaughter after a fight outside a bar left a 40-year-old dead. '
      + 'Sam Tate, 25, appeared at Perth Magistrates Court on Monday and was refused bail. '
      + 'Tate shielded his face from reporters outside Perth Magistrates Court. '
      + 'Police said Tate punched Mark Lowe once in the head at 11pm on Saturday. '
      + 'Lowe died in hospital on Sunday. '
      + 'Police aren\'t talking about a motive for the attack at this stage. '
      + 'The case will return to court on June 2.';
    const bullets = box(text);
    expect(bullets.length).toBeGreaterThanOrEqual(4);
    for (const b of bullets) expect(b).not.toMatch(/shielded his face|talking about a motive/);
  });

  it('takes a body acting for an actor, and a guess for no fact', () => {
    const text = 'Ashford Ferries has cancelled all sailings to Brill Island until May after a fire on its only ship. '
      + 'The fire broke out in the engine room of the Brill Star at 3am on Tuesday. '
      + 'Ashford Ferries chief executive Ann Cole said 1,200 passengers had been refunded. '
      + 'Coastguard crews from Dover and Folkestone put out the fire within two hours. '
      + 'The harbour board ordered a review of safety on every ship in the port. '
      + 'Fire officers said it\'s possible that the fire was started by a fuel leak.';
    const bullets = box(text);
    expect(bullets.length).toBeGreaterThanOrEqual(4);
    expect(bullets).toContain('The harbour board ordered a review of safety on every ship in the port');
    for (const b of bullets) expect(b).not.toMatch(/it's possible/);
  });

  it('cuts a lead too long for a bullet only as far as it must', () => {
    const text = 'Jane Hall will be confirmed as Ashford\'s new harbour master on Friday - exactly eight weeks after she was asked to take charge until the end of the summer season. '
      + 'Hall, 52, ran the ferry terminal at Dover for 12 years. '
      + 'The harbour reopens to ferries in May after a two-year repair.';
    expect(box(text)[0]).toBe('Jane Hall will be confirmed as Ashford\'s new harbour master Friday - exactly eight weeks after she was asked to take charge');
  });
});

describe('one result over one opponent, once', () => {
  it('"notched up victories over former champion Evander Holyfield" and "his victory over Holyfield" are one fact', () => {
    const text = 'Riddick Bowe was once the best heavyweight in the world and is now offering to tweet for $20. '
      + 'In the 1990s Bowe became renowned for his victory over Evander Holyfield. '
      + 'Bowe notched up victories over former champion Evander Holyfield in 1992 at Caesars Palace. '
      + 'Bowe retired in 2008 and later filed for bankruptcy.';
    const bullets = suggestFactBox([{ id: 's', text }]).map((b) => b.text);
    expect(bullets.filter((b) => /Holyfield/.test(b))).toHaveLength(1);
  });
});

describe('a thing named with its place says which one it is', () => {
  it('"the rented villa in St. Kitts" needs no earlier bullet to name the villa', () => {
    const bullets = suggestFactBox([{ id: 's', text: 'A Leeds teacher remains in critical condition after falling ill on holiday in the Caribbean. '
      + 'Mark Dent and his wife fell ill last week in St. Kitts, where they had rented a villa for a fortnight. '
      + 'The couple are being treated in a hospital in Miami, their lawyer said. '
      + 'Health officials said on Friday that a gas leak at the rented villa in St. Kitts may have caused the illness. '
      + 'The lawyer said the family was grateful for the support.' }]).map((b) => b.text);
    expect(bullets.some((b) => /gas leak at the rented villa in St\. Kitts/.test(b))).toBe(true);
  });
  it('"the rented villa" with no place stays unintroduced', () => {
    const bullets = suggestFactBox([{ id: 's', text: 'A Leeds teacher remains in critical condition after falling ill on holiday in the Caribbean. '
      + 'Mark Dent and his wife fell ill last week in St. Kitts, where they had rented a villa for a fortnight. '
      + 'The couple are being treated in a hospital in Miami, their lawyer said. '
      + 'Health officials said on Friday that a gas leak at the rented villa may have caused the illness. '
      + 'The lawyer said the family was grateful for the support.' }]).map((b) => b.text);
    expect(bullets.some((b) => /gas leak at the rented villa may/.test(b))).toBe(false);
  });
});
