import { GA_ID } from '../../playwright.config';
import { expect, test } from './fixtures';
import { banner, giveConsent, preferences } from './consent-helpers';
import { gaCookies } from './google-stub';

const gtagUrl = `https://www.googletagmanager.com/gtag/js?id=${GA_ID}`;

test.describe('without tracking consent nothing reaches Google', () => {
  test('before any choice', async ({ page, context, googleRequests }) => {
    await page.goto('/en');
    await page.goto('/en/privacy');
    await expect(banner(page)).toBeVisible();
    expect(googleRequests).toEqual([]);
    expect(await gaCookies(context)).toEqual([]);
    expect(await page.evaluate(() => 'dataLayer' in window)).toBe(false);
  });

  test('after Reject all', async ({ page, context, googleRequests }) => {
    await page.goto('/en');
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await page.reload();
    await page.goto('/ru/privacy');
    expect(googleRequests).toEqual([]);
    expect(await gaCookies(context)).toEqual([]);
  });

  test('after Customise without Tracking', async ({ page, context, googleRequests }) => {
    await page.goto('/en');
    await banner(page).getByRole('button', { name: 'Customise' }).click();
    await preferences(page).getByRole('checkbox', { name: 'Usability' }).check();
    await preferences(page).getByRole('checkbox', { name: 'Marketing' }).check();
    await preferences(page).getByRole('button', { name: 'Save choices' }).click();
    await page.reload();
    expect(googleRequests).toEqual([]);
    expect(await gaCookies(context)).toEqual([]);
  });
});

test('Accept all loads GA with the configured ID, defaults denied before config, and again after a reload', async ({ page, googleRequests }) => {
  await page.goto('/en');
  const loaded = page.waitForRequest(gtagUrl);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await loaded;
  const order = await page.evaluate(() => (window as unknown as { dataLayer: IArguments[] }).dataLayer.map((args) => Array.from(args).slice(0, 2).join(' ')));
  expect(order.indexOf('consent default')).toBeGreaterThanOrEqual(0);
  expect(order.indexOf('consent default')).toBeLessThan(order.indexOf(`config ${GA_ID}`));
  expect(order).toContain('consent update');
  expect(order).toContain('event page_view');

  const again = page.waitForRequest(gtagUrl);
  await page.reload();
  await again;
  await expect(banner(page)).toHaveCount(0);
  const config = await page.evaluate(() => {
    const entry = (window as unknown as { dataLayer: IArguments[] }).dataLayer.find((args) => args[0] === 'config');
    return entry ? (entry[2] as Record<string, unknown>) : null;
  });
  expect(config).toMatchObject({ cookie_update: false, cookie_expires: 393 * 86_400 });
  expect(googleRequests.length).toBeGreaterThanOrEqual(2);
});

test('every page a link leads to sends one page view, with its public address', async ({ page, context, baseURL }) => {
  await giveConsent(context, baseURL!);
  const pageViews = () =>
    page.evaluate(() =>
      // The new document may not have its dataLayer yet while the poll starts.
      ((window as unknown as { dataLayer?: IArguments[] }).dataLayer ?? []).filter((args) => args[0] === 'event' && args[1] === 'page_view').map((args) => (args[2] as { page_path: string }).page_path),
    );
  await page.goto('/en');
  await expect.poll(pageViews).toEqual(['/en']);
  await page.getByRole('main').getByRole('link', { name: 'Personal Data Processing Policy' }).click();
  await expect(page).toHaveURL(/\/en\/privacy$/);
  await expect.poll(pageViews).toEqual(['/en/privacy']);
});

test('withdrawing tracking denies it, deletes _ga cookies, reloads and stops requests', async ({ page, context, baseURL, googleRequests }) => {
  await giveConsent(context, baseURL!);
  await page.goto('/en');
  await expect.poll(() => gaCookies(context)).toEqual(expect.arrayContaining(['_ga', `_ga_${GA_ID.slice(2)}`]));
  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
  await preferences(page).getByRole('checkbox', { name: 'Tracking' }).uncheck();
  const reloaded = page.waitForEvent('load');
  await preferences(page).getByRole('button', { name: 'Save choices' }).click();
  await reloaded;
  expect(await gaCookies(context)).toEqual([]);
  const before = googleRequests.length;
  await page.goto('/en/privacy');
  expect(googleRequests.length).toBe(before);
  expect(await page.evaluate(() => 'gtag' in window)).toBe(false);
});

test('an expired choice deletes Google cookies on the next visit', async ({ page, context, baseURL, googleRequests }) => {
  await giveConsent(context, baseURL!, { monthsAgo: 13, daysAgo: 2 });
  await context.addCookies([{ name: '_ga', value: 'GA1.1.1.1', url: baseURL! }]);
  await page.goto('/en');
  await expect(banner(page)).toBeVisible();
  await expect.poll(() => gaCookies(context)).toEqual([]);
  expect(googleRequests).toEqual([]);
});
// "No measurement ID configured → nothing loads, even with consent" is checked on a build made
// without one (the ID is a build-time setting of prerendered pages): scripts/standalone-smoke.ts.
