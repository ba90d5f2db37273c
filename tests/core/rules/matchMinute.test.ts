// One minute of play, told as an ordinal minute or as the time on the clock.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: "The ball came off Sanchez's hand and ended up in the net on 34 minutes. Walcott's 71st-minute header sealed it." }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('matchMinute', () => {
  it('"a 34th-minute opener" is the source\'s "on 34 minutes"', () => {
    const c = on("Sanchez's 34th-minute opener came off his hand.", '34th');
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toBe("Source: '34 minutes', the same minute of play. Draft: '34th'.");
  });
  it('"after 71 minutes" is the source\'s "71st-minute"', () => {
    expect(on("Walcott's header sealed it after 71 minutes.", '71')?.verdict).toBe('supported');
  });
  it('another minute, or the minute of another goal, is not supported', () => {
    expect(on("Sanchez's 43rd-minute opener came off his hand.", '43rd')?.verdict).not.toBe('supported');
    expect(on('Walcott scored in the 34th minute.', '34th')?.verdict).not.toBe('supported');
  });
});

describe('matchMinute: from the restart', () => {
  const source = [{ id: 's', text: 'Oldham held their lead until half-time, but Bradford equalised after 57 minutes when Clarke scored from the spot.' }];
  const minute = (draft: string) => checkDraft(draft, source).find((c) => c.kind === 'duration')?.verdict;
  it('"12 minutes into the second half" is the source\'s "after 57 minutes"', () => {
    expect(minute('Oldham led at the interval, but Bradford equalised 12 minutes into the second half when Clarke scored from the spot.')).toBe('supported');
    expect(minute('Oldham led at the interval, but Bradford equalised 17 minutes into the second half when Clarke scored from the spot.')).not.toBe('supported');
  });
});

describe('matchMinute: the time remaining counts back from ninety', () => {
  const source = [{ id: 's', text: 'Everton got back into the game in the 65th minute when Dominic Calvert-Lewin headed in a cross from Digne.' }];
  const verdict = (draft: string, text: string) => checkDraft(draft, source).find((c) => c.text === text)?.verdict;
  it('"with 25 minutes of normal time remaining" is the 65th minute', () => {
    expect(verdict('Everton hit back with 25 minutes of normal time remaining when Dominic Calvert-Lewin headed in.', '25 minutes')).toBe('supported');
    expect(verdict('Everton hit back with 20 minutes of normal time remaining when Dominic Calvert-Lewin headed in.', '20 minutes')).not.toBe('supported');
  });
  it('"25 minutes from time" is the 65th minute too', () => {
    expect(verdict('Dominic Calvert-Lewin headed Everton back into the game 25 minutes from time.', '25 minutes')).toBe('supported');
    expect(verdict('Dominic Calvert-Lewin headed Everton back into the game 15 minutes from time.', '15 minutes')).not.toBe('supported');
  });
});

describe('matchMinute: a results table\'s minutes', () => {
  const table = [{ id: 's', text: 'Burnley 0 Tottenham 3 | Kane (7′ pen, 69′, 79′) | FT\nWest Ham 2 Newcastle 3 | Diamé (53′), Atsu (61′) | FT' }];
  const on = (draft: string, figure: string) => checkDraft(draft, table).find((c) => c.text === figure);
  it('"in the 69th and 79th minutes" are the table\'s 69′ and 79′ for the scorer the sentence names', () => {
    const draft = 'Kane scored from the spot, then added goals in the 69th and 79th minutes.';
    expect(on(draft, '69th')?.verdict).toBe('supported');
    expect(on(draft, '69th')?.explanation).toBe("Source: '69′', the same minute of play. Draft: '69th'.");
    expect(on(draft, '79th')?.verdict).toBe('supported');
  });
  it('"in the 53rd and 61st minutes" for two scorers each named', () => {
    expect(on('Diamé and Atsu struck in the 53rd and 61st minutes.', '61st')?.verdict).toBe('supported');
  });
  it('not a minute the table does not give, nor one of another scorer', () => {
    expect(on('Kane scored from the spot, then added goals in the 68th and 79th minutes.', '68th')?.verdict).not.toBe('supported');
    expect(on('Atsu struck in the 69th minute.', '69th')?.verdict).not.toBe('supported');
  });
});

describe('matchMinute from a result line', () => {
  const source = [{ id: 's', text: 'MANCHESTER UNITED 4 (Rooney 2, Fletcher 49, Fletcher 80, Owen 96) MANCHESTER CITY 3 (Barry 16, Bellamy 52, Bellamy 90)' }];
  it('"Owen 96" in the bracket after a team\'s goals is the minute the draft\'s "96th minute" gives him', () => {
    const c = checkDraft('Michael Owen struck in the 96th minute to win the derby.', source)[0];
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain("'Owen 96'");
  });
  it('a minute given to the wrong scorer is not supported', () => {
    expect(checkDraft('Darren Fletcher headed United in front in the 52nd minute.', source)[0]?.verdict).not.toBe('supported');
  });
});
