// Flags are CSS custom highlights, not elements: tests find them through CSS.highlights, by the
// text each range covers and the block it sits in. Only blocks near the screen are drawn, so the
// helpers first scroll the block that holds the text into view.
import type { Page } from 'playwright-core';

export type FlagStyle = 'contradicted' | 'unsupported' | 'disputed' | 'supported' | 'derived' | 'dismissed' | 'current';

export interface FlagQuery {
  /** The flag's own text, exactly. */
  text: string;
  /** The flag's block text is exactly this... */
  block?: string;
  /** ...or contains this. */
  blockHas?: string;
}

/** Centres of the first line box of every matching range in a flag highlight. */
export function flagPoints(page: Page, style: FlagStyle, query: FlagQuery, scrollIntoView = false): Promise<{ x: number; y: number }[]> {
  return page.evaluate(
    ({ name, text, block, blockHas, scroll }) => {
      const points: { x: number; y: number }[] = [];
      for (const range of CSS.highlights.get(name) ?? []) {
        if (!(range instanceof Range) || range.toString() !== text) continue;
        const blockText = range.startContainer.parentElement?.closest('[data-block-id]')?.textContent ?? '';
        if (block !== undefined && blockText !== block) continue;
        if (blockHas !== undefined && !blockText.includes(blockHas)) continue;
        if (scroll && points.length === 0) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (rect) points.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      }
      return points;
    },
    { name: `crosscheck-flag-${style}`, block: undefined, blockHas: undefined, ...query, scroll: scrollIntoView },
  );
}

/** Scrolls the first block holding the query's text into view, so its flags are drawn. */
export async function scrollToBlock(page: Page, query: FlagQuery): Promise<void> {
  await page.evaluate(({ text, block, blockHas }) => {
    const blocks = [...document.querySelectorAll('.story-editable [data-block-id]')];
    const found = blocks.find((el) => (block !== undefined ? el.textContent === block : el.textContent?.includes(blockHas ?? text)));
    found?.scrollIntoView({ block: 'center' });
  }, { block: undefined, blockHas: undefined, ...query });
}

export async function waitForFlag(page: Page, style: FlagStyle, query: FlagQuery, timeout = 15_000): Promise<{ x: number; y: number }> {
  const deadline = Date.now() + timeout;
  for (;;) {
    await scrollToBlock(page, query);
    const [point] = await flagPoints(page, style, query);
    if (point) return point;
    if (Date.now() > deadline) throw new Error(`no ${style} flag "${query.text}" within ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}

/** How many such flags are drawn, once the block is on screen and the highlighter has caught up. */
export async function flagCount(page: Page, style: FlagStyle, query: FlagQuery): Promise<number> {
  await scrollToBlock(page, query);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return (await flagPoints(page, style, query)).length;
}

/** The texts in a highlight, in document order (of the blocks near the screen). */
export function highlightTexts(page: Page, style: FlagStyle): Promise<string[]> {
  return page.evaluate((name) => {
    const ranges = [...(CSS.highlights.get(name) ?? [])].filter((r): r is Range => r instanceof Range);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  }, `crosscheck-flag-${style}`);
}

/** Hovers (or clicks) the middle of a flag, scrolled into view first. */
export async function pointAtFlag(page: Page, style: FlagStyle, query: FlagQuery, action: 'hover' | 'click'): Promise<void> {
  await waitForFlag(page, style, query);
  const [point] = await flagPoints(page, style, query, true);
  if (!point) throw new Error(`the ${style} flag "${query.text}" went away`);
  const { x, y } = point;
  if (action === 'click') await page.mouse.click(x, y);
  else await page.mouse.move(x, y);
}
