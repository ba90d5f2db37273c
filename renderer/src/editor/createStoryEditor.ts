import { createEditor } from 'slate';
import type { Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withBlockIds } from './withBlockIds.ts';
import { withFactBox } from './withFactBox.ts';
import { withLinks } from './withLinks.ts';
import { withPasteSanitizer } from './withPasteSanitizer.ts';
import { withStoryLayout } from './withStoryLayout.ts';

/**
 * The story editor. Order matters: block ids are assigned innermost so every node another plugin
 * inserts already carries one; the paste sanitizer wraps withReact's insertData.
 */
export function createStoryEditor(): Editor {
  return withPasteSanitizer(withFactBox(withStoryLayout(withLinks(withBlockIds(withHistory(withReact(createEditor())))))));
}
