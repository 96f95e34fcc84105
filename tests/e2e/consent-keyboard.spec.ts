import { expect, test } from './fixtures';
import { banner, preferences, storedConsent } from './consent-helpers';

test('a keyboard-only visitor can customise their choice', async ({ page, context }) => {
  await page.goto('/en');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const region = banner(page);
  await page.keyboard.press('Tab');
  await expect(region.getByRole('link')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(region.getByRole('button', { name: 'Accept all' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const customize = region.getByRole('button', { name: 'Customise' });
  await expect(customize).toBeFocused();
  await page.keyboard.press('Enter');

  const dialog = preferences(page);
  await expect(dialog).toBeVisible();
  // Focus is inside the dialog and Tab never leaves it.
  for (let i = 0; i < 12; i += 1) {
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Shift+Tab');
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);

  await dialog.getByRole('checkbox', { name: 'Usability' }).focus();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('checkbox', { name: 'Usability' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Save choices' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(region).toHaveCount(0);
  await expect(page.getByRole('main')).toBeFocused();
  await expect.poll(async () => (await storedConsent(context))?.record).toMatchObject({ usability: true, tracking: false, marketing: false });
});

test('Escape closes the preferences without deciding and returns focus to the opener', async ({ page, context }) => {
  await page.goto('/ru');
  const customize = banner(page).getByRole('button', { name: 'Настроить' });
  await customize.focus();
  await page.keyboard.press('Enter');
  await expect(preferences(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preferences(page)).toBeHidden();
  await expect(customize).toBeFocused();
  await expect(banner(page)).toBeVisible();
  expect(await storedConsent(context)).toBeUndefined();
});

test('the banner never hides the focused element', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/ru');
  const link = page.getByRole('contentinfo').getByRole('link', { name: 'Политика обработки персональных данных' });
  await link.focus();
  const linkBox = await link.boundingBox();
  const bannerBox = await banner(page).boundingBox();
  expect((linkBox?.y ?? 0) + (linkBox?.height ?? 0)).toBeLessThanOrEqual(bannerBox?.y ?? 0);
});
