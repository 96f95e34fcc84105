import { declarationFor } from '../../lib/cookies/registry';
import { MAIN_PAGES } from '../../lib/routes';
import { expect, test } from './fixtures';
import { banner, giveConsent } from './consent-helpers';

test('every cookie the browser holds after Accept all and a walk through the site is declared', async ({ page, context }) => {
  test.slow(); // twelve full page loads
  await page.goto('/ru');
  const stored = page.waitForResponse('**/api/consent');
  await banner(page).getByRole('button', { name: 'Принять все' }).click();
  await stored;
  for (const locale of ['ru', 'en']) {
    for (const path of MAIN_PAGES) {
      await page.goto(`/${locale}${path}`);
      await page.getByRole('link', { name: locale === 'ru' ? 'English' : 'Русский' }).click();
      await page.waitForLoadState('load');
    }
  }
  const names = (await context.cookies()).map((c) => c.name);
  expect(names).toEqual(expect.arrayContaining(['almajet_consent', 'NEXT_LOCALE', '_ga', '_ga_TEST12345']));
  expect(names.filter((name) => !declarationFor(name))).toEqual([]);
});

for (const locale of ['en', 'ru'] as const) {
  test(`the cookies page (${locale}) declares every cookie and shows the current choice with its ID`, async ({ page, context, baseURL }) => {
    const record = await giveConsent(context, baseURL!, { preferences: { usability: true, tracking: false, marketing: false } });
    await page.goto(`/${locale}/cookies`);
    const table = page.getByRole('table');
    for (const name of ['almajet_consent', 'NEXT_LOCALE', '_ga', '_ga_<container>']) {
      await expect(table.getByRole('rowheader', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByText(record.id)).toBeVisible();
    const choice = page.getByTestId('current-choice');
    await expect(choice).toContainText(locale === 'en' ? 'Usability' : 'Простота использования');
    await expect(choice.locator('time').first()).toHaveAttribute('datetime', record.at);
    await page.getByRole('button', { name: locale === 'en' ? 'Change cookie settings' : 'Изменить настройки cookie' }).click();
    await expect(page.getByRole('dialog', { name: /cookie/i })).toBeVisible();
  });
}

test('the policy’s cookie section embeds the same declaration', async ({ page }) => {
  await page.goto('/en/privacy#cookies');
  const table = page.getByRole('article').getByRole('table');
  await expect(table.getByRole('rowheader', { name: 'almajet_consent', exact: true })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: '_ga', exact: true })).toBeVisible();
});
