// axe-core in the page under test. The app's CSP allows only 'self' scripts, so an inline
// <script> (page.addScriptTag with content) is refused; the engine is evaluated through the
// DevTools protocol instead, which CSP does not govern, and the page's own policy stays on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string }[];
}

/** Loads axe-core into the page once; says which way it got in. */
export async function injectAxe(page: Page): Promise<'script-tag' | 'evaluate'> {
  if (await page.evaluate(() => 'axe' in window)) return 'evaluate';
  const viaTag = await page.addScriptTag({ content: AXE_SOURCE }).then(() => page.evaluate(() => 'axe' in window), () => false);
  if (viaTag) return 'script-tag';
  await page.evaluate(AXE_SOURCE);
  if (!(await page.evaluate(() => 'axe' in window))) throw new Error('axe-core did not load');
  return 'evaluate';
}

/** Every WCAG 2.x A/AA and best-practice violation on the page as it is now. */
export async function auditPage(page: Page): Promise<AxeViolation[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary ?? '' })) }));
  });
}

export const isSerious = (v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical';
