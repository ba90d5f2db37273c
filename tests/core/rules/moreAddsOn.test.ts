import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const SOURCE = 'The gunmen killed four people inside the bar and went out into the street to shoot three more. Police arrived an hour later.';

describe('moreAddsOn', () => {
  it('"four … and three more" supports seven', () => {
    const [c] = checkDraft('The gunmen killed seven people at a bar.', [{ id: 's', text: SOURCE }]);
    expect(c?.verdict).toBe('supported');
    expect(c?.explanation).toContain('three more');
  });
  it('the part alone is not the toll, and another sum is not supported', () => {
    expect(checkDraft('The gunmen killed eight people at a bar.', [{ id: 's', text: SOURCE }])[0]?.verdict).not.toBe('supported');
  });
  it('"another" adds on too', () => {
    const [c] = checkDraft('Five people died in the floods.', [{ id: 's', text: 'Three people died when the river burst its banks and another two were found dead later.' }]);
    expect(c?.verdict).toBe('supported');
  });
  it('shares and amounts add on too: "another 3% next year", "a further £5m"', () => {
    const pay = [{ id: 's', text: 'Nurses were offered a 3% pay rise this year and another 3% next year.' }];
    expect(checkDraft('Nurses were offered a 6% rise over two years.', pay)[0]?.verdict).toBe('supported');
    expect(checkDraft('Nurses were offered a 9% rise over two years.', pay)[0]?.verdict).not.toBe('supported');
    const fee = [{ id: 's', text: 'Leeds have signed the winger from Brighton for an initial £20m, with a further £5m in add-ons, the clubs said.' }];
    expect(checkDraft('Leeds have signed the Brighton winger for up to £25m.', fee)[0]?.verdict).toBe('supported');
    expect(checkDraft('Leeds have signed the Brighton winger for up to £30m.', fee)[0]?.verdict).not.toBe('supported');
  });
});
