// A page's time stamp in a source is when the page changed, not a time of the story.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../core/index.ts';

const source = [{ id: 's', text: '31 March 2014 Last updated at 12:30 BST It will be able to issue warning and banning orders against agents. He spoke on Good Morning Wales.' }];
const on = (draft: string, figure: string) => checkDraft(draft, source).find((c) => c.text.includes(figure));

describe('a source page\'s time stamp', () => {
  it('states no time of the story: "broadcast at 12:30" is not supported by "Last updated at 12:30 BST"', () => {
    expect(on('He spoke on Good Morning Wales, in an interview broadcast at 12:30.', '12:30')?.verdict).toBe('unsupported');
  });
  it('its date is the day the story was filed', () => {
    expect(on('The deal was confirmed on Monday 31 March.', '31 March')?.verdict).toBe('supported');
  });
});
