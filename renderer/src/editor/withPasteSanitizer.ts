import { Transforms } from 'slate';
import type { Editor } from 'slate';
import { htmlToBlocks } from './htmlToBlocks.ts';
import { parsePastedHtml } from './parsePastedHtml.ts';
import type { BlockElement } from './customTypes.ts';

/** Maps clipboard HTML to story blocks of the allowed types; nothing pasted reaches the DOM. */
export function sanitizePastedHtml(html: string): BlockElement[] {
  return htmlToBlocks(parsePastedHtml(html));
}

/**
 * Pastes from Word and web pages arrive as HTML full of styles, scripts and layout. Only the
 * allowed blocks and marks survive. Slate's own fragments (copy within the editor) keep their
 * structure; their ids are refreshed by withBlockIds.
 */
export function withPasteSanitizer<T extends Editor>(editor: T): T {
  const { insertData } = editor;

  editor.insertData = (data: DataTransfer) => {
    if (data.types.includes('application/x-slate-fragment')) {
      insertData(data);
      return;
    }
    const html = data.getData('text/html');
    if (html) {
      const blocks = sanitizePastedHtml(html);
      if (blocks.length > 0) {
        Transforms.insertFragment(editor, blocks);
        return;
      }
    }
    insertData(data);
  };

  return editor;
}
