import { expect, test } from './fixtures';
import { banner, giveConsent, preferences } from './consent-helpers';

const localeCookie = async (context: import('@playwright/test').BrowserContext) => (await context.cookies()).find((c) => c.name === 'NEXT_LOCALE');

test('without usability consent choosing a language sets no language cookie', async ({ page, context, baseURL }) => {
  await giveConsent(context, baseURL!, { preferences: { usability: false, tracking: false, marketing: false } });
  await page.goto('/ru');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en$/);
  expect(await localeCookie(context)).toBeUndefined();
});

test('with usability consent the chosen language is remembered for 13 months and / honours it', async ({ page, context, baseURL }) => {
  await giveConsent(context, baseURL!, { preferences: { usability: true, tracking: false, marketing: false } });
  await page.goto('/ru');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en$/);
  const cookie = await localeCookie(context);
  expect(cookie?.value).toBe('en');
  const days = ((cookie?.expires ?? 0) - Date.now() / 1000) / 86_400;
  expect(days).toBeGreaterThan(390);
  expect(days).toBeLessThanOrEqual(393);
  // A Russian browser still lands on the remembered English site.
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'ru' });
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
});

test('withdrawing usability deletes the language cookie', async ({ page, context, baseURL }) => {
  await giveConsent(context, baseURL!, { preferences: { usability: true, tracking: false, marketing: false } });
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: baseURL! }]);
  await page.goto('/en');
  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
  await preferences(page).getByRole('checkbox', { name: 'Usability' }).uncheck();
  await preferences(page).getByRole('button', { name: 'Save choices' }).click();
  await expect.poll(() => localeCookie(context)).toBeUndefined();
  await expect(banner(page)).toHaveCount(0);
});
