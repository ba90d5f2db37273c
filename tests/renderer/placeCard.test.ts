// Where the evidence card goes: beside its flag where there is room, and always inside the room
// the editor gives it, so its actions ("Not a claim", "Open source") stay within reach.
import { describe, expect, it } from 'vitest';
import { placeCard } from '../../renderer/src/claims/EvidenceCard.tsx';

const room = { left: 0, top: 50, right: 1000, bottom: 850 };

describe('placeCard', () => {
  it('puts the card below a flag with room below it, and above one near the bottom', () => {
    const below = placeCard({ top: 200, bottom: 220, left: 100 }, 300, room);
    expect(below.top).toBe(226);
    expect(below.maxHeight).toBeGreaterThanOrEqual(300);
    const above = placeCard({ top: 800, bottom: 820, left: 100 }, 300, room);
    expect(above.top + Math.min(300, above.maxHeight)).toBeLessThanOrEqual(800);
  });

  it('keeps the card inside the room when its flag has scrolled past either edge', () => {
    for (const flag of [{ top: -400, bottom: -380, left: 100 }, { top: 1300, bottom: 1320, left: 100 }, { top: 845, bottom: 865, left: 100 }]) {
      const place = placeCard(flag, 300, room);
      const shown = Math.min(300, place.maxHeight);
      expect(shown).toBeGreaterThan(100);
      expect(place.top).toBeGreaterThanOrEqual(room.top);
      expect(place.top + shown).toBeLessThanOrEqual(room.bottom);
    }
  });
});
