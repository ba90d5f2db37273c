// A date told of the person the draft names states it, however well another date's sentence matches.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/index.ts';

const source = [{ id: 's', text: 'Mr Rijke was rescued by French special forces in April 2015. In a separate incident in December 2014, French hostage Serge Hart was freed after a prisoner swap.' }];

describe('judgeDate: the date of the named person', () => {
  it('a fronted date of the person the draft names supports it', () => {
    const c = checkDraft('In a separate case, French captive Serge Hart was released in December 2014 in exchange for prisoners.', source)[0];
    expect(c?.verdict).toBe('supported');
  });
  it('another date for that person is still not supported', () => {
    expect(checkDraft('In a separate case, French captive Serge Hart was released in March 2014 in exchange for prisoners.', source)[0]?.verdict).not.toBe('supported');
  });
});
