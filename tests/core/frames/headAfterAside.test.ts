import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';
import { headOf } from './headOf.ts';

describe('frameOf: a spaced-dash aside between a figure and its noun', () => {
  it('the figure before the aside counts the noun after it', () => {
    expect(headOf('The fleet is down to 12 - soon to be ten - frigates.', '12')).toBe('frigat');
  });
  it('the figure that closes the aside counts no noun of its own', () => {
    expect(headOf('The fleet is down to 12 - soon to be ten - frigates.', 'ten')).toBeUndefined();
  });
  it('so the aside\'s future figure does not contradict the present one', () => {
    const [c] = checkDraft('The navy has 12 frigates.', [{ id: 's', text: 'The navy has been left with 12 - soon to be ten - frigates, the fewest since 1900.' }]);
    expect(c?.verdict).toBe('supported');
  });
  it('a hyphen inside a word still joins it', () => {
    expect(headOf('They flew 12 long-range drones.', '12')).toBe('dron');
  });
});
