import { test as base, expect, type Page, type Request } from '@playwright/test';
import { DEFERRED_SCRIPTS_ID } from '../../lib/build/defer-scripts';
import { stubGoogle } from './google-stub';

interface Fixtures {
  /** Console messages a test expects, e.g. the browser's own note that a 404 page answered 404. */
  expectedConsoleErrors: RegExp[];
  consoleErrors: string[];
  /** Requests to Google's hosts, answered by a stub in every test: no test reaches the internet. */
  googleRequests: Request[];
  /** Whether `goto`, `reload` and history steps wait for hydration (with JavaScript); off to test the page before it. */
  waitForHydration: boolean;
}

/**
 * Resolves once React has hydrated the page. The page requests Next's scripts after its first
 * paint (lib/build/defer-scripts.ts), so `load` may come before them; until they run, every control
 * works as it does without JavaScript. Hydration is done when React's fiber is on the page's
 * client parts: the main content, the banner and the preferences links. With `ifDeferred`, a
 * parsed page without the script loader (a test's own form, an error answer) counts as ready: it
 * has loaded its scripts by `load`, or has none. One `waitForFunction`, which Playwright runs again
 * in a document that replaces the current one, where a plain `evaluate` would throw.
 */
export async function hydrated(page: Page, { ifDeferred = false } = {}): Promise<void> {
  await page.waitForFunction(
    ({ id, ifDeferred }) => {
      if (document.readyState === 'loading') return false;
      if (ifDeferred && document.getElementById(id) === null) return true;
      const parts = [...document.querySelectorAll('main, [data-consent-banner], a[data-preferences]')];
      return parts.length > 0 && parts.every((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$')));
    },
    { id: DEFERRED_SCRIPTS_ID, ifDeferred },
  );
}

/** Every e2e test fails when the page logs an unexpected console error or throws. */
export const test = base.extend<Fixtures>({
  // With JavaScript, a test acts on a page as a visitor finds it once its scripts have run.
  waitForHydration: [true, { option: true }],
  page: async ({ page, javaScriptEnabled, waitForHydration }, provide) => {
    if (javaScriptEnabled && waitForHydration) {
      for (const method of ['goto', 'reload', 'goBack', 'goForward'] as const) {
        const navigate = page[method].bind(page) as (...args: unknown[]) => ReturnType<Page['goto']>;
        page[method] = (async (...args: unknown[]) => {
          const response = await navigate(...args);
          await hydrated(page, { ifDeferred: true });
          return response;
        }) as never;
      }
    }
    await provide(page);
  },
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
