// What an ordinal ranks: "his fourth of the game" leaves its noun unsaid; "the fourth Japanese try" ranks tries.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../core/check/analyseText.ts';

const head = (text: string, figure: string): string | undefined => analyseText(text).mentions.find((a) => text.slice(a.m.start, a.m.end) === figure)?.frame.head;

describe('ordinal heads', () => {
  it('"of the game" after an ordinal is the whole it ranks within, not its noun', () => {
    expect(head('It was Japan\'s fourth of the game.', 'fourth')).toBeUndefined();
    expect(head('Dozens of Syrians queue for food.', 'Dozens')).toBe('syrian');
  });
  it('a capitalised adjective before a noun in lower case modifies it', () => {
    expect(head('He scored the fourth Japanese try of the game.', 'fourth')).toBe('try');
    expect(head('Three Scottish clubs were fined.', 'Three')).toBe('club');
  });
});

describe('a plural subject\'s plain verb ends its noun phrase', () => {
  it('"4 airlines blame storms" counts airlines, not storms', () => {
    expect(head('Top 4 airlines blame storms for cancelled flights.', '4')).toBe('airlin');
    expect(head('Three storms hit the coast.', 'Three')).toBe('storm');
  });
});
