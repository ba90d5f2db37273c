// Selects a word of the story as a mouse drag would, through the DOM selection that Slate reads,
// so review tests can comment on exact words without depending on pixel positions.
import type { Page } from 'playwright-core';

/**
 * Slate reads the DOM selection on `selectionchange`, throttled, a task or more later. A render in
 * that window (check results arriving, the gate changing) puts Slate's older selection back on the
 * DOM, so a selection is only taken once it has outlived the throttle; otherwise it is made again.
 */
const SETTLE_MS = 300;
const ATTEMPTS = 5;

export async function selectStoryText(page: Page, word: string): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
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
    await page.waitForTimeout(SETTLE_MS);
    if ((await page.evaluate(() => window.getSelection()?.toString() ?? '')) === word) return;
  }
  throw new Error(`the selection of "${word}" did not hold in the story`);
}
