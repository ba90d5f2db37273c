// A count of members the source names one by one.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const verdict = (draft: string, source: string): string | undefined => checkDraft(draft, [{ id: 's', text: source }])[0]?.verdict;

describe('members named one by one', () => {
  it('"the counties of Kerry, Clare and Galway" are three counties; "Leeds and York stations" two stations', () => {
    const floods = 'Floods damaged 420 homes in the counties of Kerry, Clare and Galway on Sunday.';
    expect(verdict('Floods damaged homes across three western counties.', floods)).toBe('supported');
    expect(verdict('Trains were halted at two stations.', 'Trains were halted at Leeds and York stations after a power cut.')).toBe('supported');
  });
  it('a different number of names is not support', () => {
    expect(verdict('Floods damaged homes across four western counties.', 'Floods damaged 420 homes in the counties of Kerry, Clare and Galway on Sunday.')).not.toBe('supported');
  });
  it('reads the names after "The affected counties are", however many', () => {
    const source = 'The affected counties are Conwy, Anglesey, Gwynedd, Pembrokeshire, Carmarthenshire, Ceredigion and Powys.';
    expect(verdict('A warning has been issued for seven counties in Wales.', source)).toBe('supported');
    expect(verdict('A warning has been issued for eight counties in Wales.', source)).not.toBe('supported');
  });
});
