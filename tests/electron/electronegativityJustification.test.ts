// The justification convention scripts/electronegativity.ts enforces: a finding passes only with
// a marker naming its check, on its line or in the comment run directly above it.
import { describe, expect, it } from 'vitest';
import { justificationFor, markersIn } from '../../scripts/electronegativity.ts';

const finding = (line: number, check = 'OPEN_EXTERNAL_JS_CHECK') => ({ check, file: 'a.ts', line, severity: 'MEDIUM', confidence: 'TENTATIVE' });

describe('electronegativity justifications', () => {
  const lines = [
    'function open(url: string) {',
    '  // Re-checked here.',
    '  // electronegativity-justified: OPEN_EXTERNAL_JS_CHECK only vetted http(s) URLs get here',
    '  if (isSafe(url)) shell.openExternal(url);',
    '  const x = 1;',
    '  shell.openExternal(other);',
    '  shell.openExternal(third); // electronegativity-justified: OPEN_EXTERNAL_JS_CHECK inline reason, long enough',
    '}',
  ];

  it('accepts a marker in the comment run directly above the finding', () => {
    expect(justificationFor(finding(4), lines)).toEqual({ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'a.ts', line: 3, reason: 'only vetted http(s) URLs get here' });
  });

  it('accepts a marker on the line itself', () => {
    expect(justificationFor(finding(7), lines)?.reason).toBe('inline reason, long enough');
  });

  it('does not reach past code to a marker further up, nor accept another check\'s marker', () => {
    expect(justificationFor(finding(6), lines)).toBeUndefined();
    expect(justificationFor(finding(4, 'PRELOAD_JS_CHECK'), lines)).toBeUndefined();
  });

  it('reads HTML comment markers and lists every marker for the stale check', () => {
    const html = '<!-- electronegativity-justified: CSP_GLOBAL_CHECK style-src only, for the inert document -->\n<meta http-equiv="x">';
    expect(justificationFor({ ...finding(2), check: 'CSP_GLOBAL_CHECK' }, html.split('\n'))?.reason).toBe('style-src only, for the inert document');
    expect(markersIn('a.ts', lines.join('\n')).map((m) => m.line)).toEqual([3, 7]);
  });
});
