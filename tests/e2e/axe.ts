import type { Page } from '@playwright/test';
import axe from 'axe-core';

/** The WCAG 2.2 AA rule set the site is held to. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Axe = typeof axe;

/**
 * axe-core's violations of `tags` on the page as it is now, one readable line per rule.
 *
 * axe-core runs inside the page, injected once per document: @axe-core/playwright's analyze()
 * spent 1–2.5 s a call here on its frame and result plumbing, for pages that have no frames, where
 * the run itself takes 0.1–0.4 s, and the accessibility suite makes some 75 calls.
 */
export async function axeViolations(page: Page, tags: string[] = WCAG_AA): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (values) => {
    const { violations } = await (window as unknown as { axe: Axe }).axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, tags);
}
