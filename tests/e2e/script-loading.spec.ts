import type { Page, Route } from '@playwright/test';
import { gtagScriptUrl } from '../../lib/analytics/consent-mode';
import { GA_ID } from '../../playwright.config';
import { banner, giveConsent, storedConsent } from './consent-helpers';
import { expect, hydrated, test } from './fixtures';

/*
 * Next's scripts are requested once the page has painted (lib/build/defer-scripts.ts): the text
 * shows without waiting for them, and until they run every control works as it does without
 * JavaScript.
 */
test.use({ waitForHydration: false });

const CHUNK = /\/_next\/static\/chunks\/[^/?]+\.js$/;

for (const path of ['/ru/privacy', '/en', '/kk/cookies', '/en/privacy/history']) {
  test(`${path}: Next's scripts are requested after the first contentful paint, and the page then hydrates`, async ({ page }) => {
    await page.goto(path);
    await hydrated(page);
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.initiatorType === 'script').map((entry) => ({ url: entry.name, start: entry.startTime })),
    }));
    const chunks = timing.scripts.filter(({ url }) => CHUNK.test(new URL(url).pathname));
    expect(timing.paint, 'first-contentful-paint').toBeGreaterThan(0);
    expect(chunks.length, 'Next chunks loaded').toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk.start, `${chunk.url} requested before the first contentful paint`).toBeGreaterThanOrEqual(timing.paint!);
    // The HTML names no chunk to fetch early: neither a script tag nor a preload.
    const html = await (await page.request.get(path)).text();
    expect(html).not.toMatch(/<link rel="preload" as="script"|<script src="\/_next\/static\/[^"]+" async/);
  });
}

test('a returning visitor who granted tracking gets Google’s tag after the first paint, with the commands queued before it', async ({ page, context, baseURL, googleRequests }) => {
  await giveConsent(context, baseURL!);
  await page.goto('/en/privacy');
  await hydrated(page);
  await expect.poll(() => googleRequests.some((request) => request.url() === gtagScriptUrl(GA_ID))).toBe(true);
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    gtag: performance.getEntriesByType('resource').find((entry) => entry.name.includes('googletagmanager.com/gtag/js'))?.startTime,
    queued: (window as Window & { dataLayer?: unknown[] }).dataLayer?.length ?? 0,
  }));
  expect(timing.gtag, 'gtag.js requested before the first contentful paint').toBeGreaterThanOrEqual(timing.paint);
  // consent default, consent update, js, config and the page view, queued by the inline bootstrap as the page was parsed.
  expect(timing.queued).toBeGreaterThanOrEqual(5);
});

/** Holds every Next chunk until released, as a slow connection would. */
async function holdScripts(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  await page.route(CHUNK, (route) => void held.push(route));
  return async () => {
    // The chunks of a page the test has left were cancelled with it: continuing them fails, harmlessly.
    await Promise.all(held.map((route) => route.continue().catch(() => undefined)));
    await page.unroute(CHUNK);
  };
}

test('before the scripts arrive, Customise leads to the preferences form and Accept all is stored by the server', async ({ page, context }) => {
  const release = await holdScripts(page);
  await page.goto('/en');
  await expect(banner(page)).toBeVisible();
  // With JavaScript the link is a button from the start (the inline enhance script), and works as a link until hydration.
  const customise = banner(page).getByRole('button', { name: 'Customise' });
  await expect(customise).toHaveAttribute('aria-haspopup', 'dialog');
  await customise.click();
  await expect(page).toHaveURL(/\/en\/cookies#preferences$/);
  await expect(page.getByRole('checkbox', { name: 'Usability' })).toBeVisible();
  await page.goto('/en');
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(banner(page)).toHaveCount(0);
  expect((await storedConsent(context))?.record).toMatchObject({ usability: true, tracking: true, marketing: true });
  // Once the scripts arrive the page hydrates as usual.
  await release();
  await hydrated(page);
});
