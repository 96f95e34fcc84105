import { expect, test } from './fixtures';
import { banner, preferences, storedConsent } from './consent-helpers';

test.describe('Global Privacy Control from the Sec-GPC header', () => {
  test.use({ extraHTTPHeaders: { 'Sec-GPC': '1' } });

  test('the banner says the signal is respected and the preferences start with tracking and marketing off', async ({ page }) => {
    await page.goto('/en');
    await expect(banner(page)).toContainText('Global Privacy Control');
    await banner(page).getByRole('button', { name: 'Customise' }).click();
    await expect(preferences(page).getByRole('checkbox', { name: 'Tracking' })).not.toBeChecked();
    await expect(preferences(page).getByRole('checkbox', { name: 'Marketing' })).not.toBeChecked();
  });

  test('an explicit Accept all still wins', async ({ page, context }) => {
    await page.goto('/ru');
    await banner(page).getByRole('button', { name: 'Принять все' }).click();
    await expect.poll(async () => (await storedConsent(context))?.record).toMatchObject({ tracking: true, marketing: true });
  });
});

test('Global Privacy Control from navigator.globalPrivacyControl', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await page.goto('/ru');
  await expect(banner(page)).toContainText('Global Privacy Control');
});

test('no signal, no notice', async ({ page }) => {
  await page.goto('/en');
  await expect(banner(page)).toBeVisible();
  await expect(banner(page)).not.toContainText('Global Privacy Control');
});
