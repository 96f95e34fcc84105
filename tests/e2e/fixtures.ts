import { test as base, expect } from '@playwright/test';

interface Fixtures {
  /** Console messages a test expects, e.g. the browser's own note that a 404 page answered 404. */
  expectedConsoleErrors: RegExp[];
  consoleErrors: string[];
}

/** Every e2e test fails when the page logs an unexpected console error or throws. */
export const test = base.extend<Fixtures>({
  expectedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(msg.text()))) errors.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
