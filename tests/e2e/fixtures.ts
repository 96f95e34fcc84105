import { test as base, expect, type Request } from '@playwright/test';
import { stubGoogle } from './google-stub';

interface Fixtures {
  /** Console messages a test expects, e.g. the browser's own note that a 404 page answered 404. */
  expectedConsoleErrors: RegExp[];
  consoleErrors: string[];
  /** Requests to Google's hosts, answered by a stub in every test: no test reaches the internet. */
  googleRequests: Request[];
}

/** Every e2e test fails when the page logs an unexpected console error or throws. */
export const test = base.extend<Fixtures>({
  expectedConsoleErrors: [[], { option: true }],
  googleRequests: [async ({ context }, use) => use(await stubGoogle(context)), { auto: true }],
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
