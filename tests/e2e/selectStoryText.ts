// Selects a word of the story as a mouse drag would, through the DOM selection that Slate reads,
// so review tests can comment on exact words without depending on pixel positions.
import type { Page } from 'playwright-core';

export async function selectStoryText(page: Page, word: string): Promise<void> {
  await page.locator('.story-editable').evaluate((root, target) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at < 0 || !node.parentElement?.closest('[data-slate-string]')) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      (root as HTMLElement).focus();
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`"${target}" is not in the story`);
  }, word);
  // Slate picks the DOM selection up on selectionchange, a task later.
  await page.waitForTimeout(100);
}
