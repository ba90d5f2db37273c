// The user's example: a fact box suggested from the wire report alone must cover casualties,
// target, operator and distance, each bullet citing the source text it rests on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestFactBox } from '../../core/index.ts';
import type { FactBoxBullet } from '../../core/index.ts';

const text = readFileSync(new URL('../../assets/samples/source-wire-report.txt', import.meta.url), 'utf8');
const bullets = suggestFactBox([{ id: 'wire', text }]);

/** The bullet whose text matches every pattern, with what it cites. */
function bulletWith(...patterns: RegExp[]): { bullet: FactBoxBullet; cited: string } {
  const bullet = bullets.find((b) => patterns.every((p) => p.test(b.text)));
  if (!bullet) throw new Error(`no bullet matches ${patterns.join(' ')} in:\n${bullets.map((b) => `${b.label}: ${b.text}`).join('\n')}`);
  return { bullet, cited: bullet.citations.map((c) => text.slice(c.start, c.end)).join(' | ') };
}

describe('fact box for the wire report (acceptance)', () => {
  it('suggests 3–6 "Label: fact" or plain bullets of at most 25 words', () => {
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    expect(bullets.length).toBeLessThanOrEqual(6);
    for (const b of bullets) {
      expect(b.label).toMatch(/^(?:[A-Z][\w /]+)?$/);
      expect(b.text.split(/\s+/).length).toBeLessThanOrEqual(25);
    }
  });

  it('covers casualties: 3 killed, 45 injured, 6 seriously — citing each figure', () => {
    const { bullet, cited } = bulletWith(/\b(3|three)\b killed/i, /\b45\b injured/, /\b(6|six)\b seriously/i);
    expect(bullet.label).toBe('Casualties');
    expect(cited).toContain('Three people lost their lives');
    expect(cited).toContain('45 others were injured');
    expect(cited).toMatch(/Six of the injured .* serious condition/);
  });

  it('covers the target: the Kupol Electromechanical Plant in Izhevsk', () => {
    const target = bulletWith(/Kupol Electromechanical Plant/);
    expect(target.bullet.label).toBe('Target');
    expect(target.cited).toContain('Kupol Electromechanical Plant');
    const place = bulletWith(/Izhevsk/);
    expect(place.cited).toContain('Izhevsk');
  });

  it('covers the operator: the SBU with two long-range drones', () => {
    const { bullet, cited } = bulletWith(/\bSBU\b/, /\b(two|2) long-range drones/i);
    expect(bullet.label).toBe('Operator');
    expect(cited).toContain('operated by the Security Service of Ukraine (SBU)');
  });

  it('covers the distances: about 1,300 km, and more than 1,000 km from the border', () => {
    const { cited } = bulletWith(/about 1,300 (km|kilometers)/i, /more than 1,000 (km|kilometers) from the (Ukrainian )?border/i);
    expect(cited).toContain('about 1,300 kilometers');
    expect(cited).toContain('more than 1,000 kilometers from the Ukrainian border');
  });

  it('cites only real spans of the source', () => {
    for (const b of bullets) {
      expect(b.citations.length).toBeGreaterThan(0);
      for (const c of b.citations) {
        expect(c.sourceId).toBe('wire');
        expect(0 <= c.start && c.start < c.end && c.end <= text.length).toBe(true);
      }
    }
  });

  it('puts the most important fact first', () => {
    expect(bullets[0]!.label).toBe('Casualties');
  });
});
