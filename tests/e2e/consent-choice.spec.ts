import { showsConsentBanner } from '../../scripts/lib/banner-markup';
import { expect, test } from './fixtures';
import { banner, giveConsent, preferences, storedConsent } from './consent-helpers';

const DAY = 86_400;
const LABELS = {
  en: { accept: 'Accept all', reject: 'Reject all', customize: 'Customise', save: 'Save choices', settings: 'Cookie settings', categories: ['Technical', 'Usability', 'Tracking', 'Marketing'] },
  ru: { accept: 'Принять все', reject: 'Отклонить все', customize: 'Настроить', save: 'Сохранить выбор', settings: 'Настройки cookie', categories: ['Технические', 'Простота использования', 'Отслеживание', 'Маркетинг'] },
} as const;

for (const locale of ['en', 'ru'] as const) {
  const l = LABELS[locale];

  test.describe(`first visit (${locale})`, () => {
    test('the banner is in the first HTML with three equal choices and a link to the cookie policy', async ({ page, request }) => {
      const html = await (await request.get(`/${locale}`)).text();
      expect(showsConsentBanner(html), 'the banner element in the first HTML').toBe(true);
      await page.goto(`/${locale}`);
      const region = banner(page);
      await expect(region).toBeVisible();
      await expect(region.getByRole('link')).toHaveAttribute('href', `/${locale}/privacy#cookies`);
      const boxes = [];
      for (const name of [l.accept, l.reject, l.customize]) {
        const button = region.getByRole('button', { name, exact: true });
        await expect(button).toBeVisible();
        boxes.push(await button.boundingBox());
      }
      const [first, ...rest] = boxes;
      for (const box of rest) {
        expect(Math.abs((box?.width ?? 0) - (first?.width ?? 0))).toBeLessThanOrEqual(1);
        expect(box?.height).toBe(first?.height);
      }
    });

    test('ignoring the banner grants nothing and sets no cookie', async ({ page, context }) => {
      await page.goto(`/${locale}`);
      await expect(banner(page)).toBeVisible();
      await page.goto(`/${locale}/privacy`);
      await expect(banner(page)).toBeVisible();
      expect(await context.cookies()).toEqual([]);
    });

    test('Accept all stores every category for 13 months and removes the banner', async ({ page, context }) => {
      await page.goto(`/${locale}`);
      const response = page.waitForResponse('**/api/consent');
      await banner(page).getByRole('button', { name: l.accept, exact: true }).click();
      await expect(banner(page)).toHaveCount(0);
      expect((await response).status()).toBe(200);
      const stored = await storedConsent(context);
      expect(stored?.record).toMatchObject({ v: 1, rev: 1, usability: true, tracking: true, marketing: true });
      const days = ((stored?.expires ?? 0) - Date.now() / 1000) / DAY;
      expect(days).toBeGreaterThan(393);
      expect(days).toBeLessThan(398);
      await page.reload();
      await expect(banner(page)).toHaveCount(0);
    });

    test('Reject all is stored like a consent and grants nothing', async ({ page, context }) => {
      await page.goto(`/${locale}/privacy`);
      await banner(page).getByRole('button', { name: l.reject, exact: true }).click();
      await expect(banner(page)).toHaveCount(0);
      await expect.poll(async () => (await storedConsent(context))?.record).toMatchObject({ usability: false, tracking: false, marketing: false });
      await page.reload();
      await expect(banner(page)).toHaveCount(0);
    });

    test('Customise opens the preferences with one checkbox per category', async ({ page, context }) => {
      await page.goto(`/${locale}`);
      await banner(page).getByRole('button', { name: l.customize, exact: true }).click();
      const dialog = preferences(page);
      await expect(dialog).toBeVisible();
      const [technical, ...optional] = l.categories;
      await expect(dialog.getByRole('checkbox', { name: technical, exact: true })).toBeChecked();
      await expect(dialog.getByRole('checkbox', { name: technical, exact: true })).toBeDisabled();
      for (const name of optional) await expect(dialog.getByRole('checkbox', { name, exact: true })).not.toBeChecked();
      await dialog.getByRole('checkbox', { name: optional[1], exact: true }).check();
      await dialog.getByRole('button', { name: l.save, exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(banner(page)).toHaveCount(0);
      await expect.poll(async () => (await storedConsent(context))?.record).toMatchObject({ usability: false, tracking: true, marketing: false });
    });
  });

  test(`the footer control reopens the preferences with the current choice (${locale})`, async ({ page, context, baseURL }) => {
    await giveConsent(context, baseURL!, { preferences: { usability: true, tracking: false, marketing: true } });
    await page.goto(`/${locale}/privacy`);
    await expect(banner(page)).toHaveCount(0);
    const opener = page.getByRole('contentinfo').getByRole('button', { name: l.settings, exact: true });
    await opener.click();
    const dialog = preferences(page);
    await expect(dialog.getByRole('checkbox', { name: l.categories[1], exact: true })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: l.categories[2], exact: true })).not.toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: l.categories[3], exact: true })).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await opener.click();
    await dialog.getByRole('button', { name: l.reject, exact: true }).click();
    await expect.poll(async () => (await storedConsent(context))?.record).toMatchObject({ usability: false, tracking: false, marketing: false });
  });
}

test.describe('validity', () => {
  test('a choice 12 months and 28 days old still holds', async ({ page, context, baseURL }) => {
    await giveConsent(context, baseURL!, { monthsAgo: 12, daysAgo: 28 });
    await page.goto('/en');
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(banner(page)).toHaveCount(0);
  });

  test('a choice 13 months and 1 day old has expired: the banner is back', async ({ page, context, baseURL }) => {
    await giveConsent(context, baseURL!, { monthsAgo: 13, daysAgo: 1 });
    await page.goto('/en');
    await expect(banner(page)).toBeVisible();
  });

  for (const [what, raw] of [
    ['garbage', 'not-a-consent'],
    ['truncated JSON', '%7B%22v%22%3A1%2C%22id'],
    ['a future date', encodeURIComponent(JSON.stringify({ v: 1, id: '7d7f7a2e-8f57-4d3e-9a4e-0f5b1f7d2c11', at: '2099-01-01T00:00:00.000Z', rev: 1, usability: true, tracking: true, marketing: true }))],
  ] as const) {
    test(`a tampered cookie (${what}) shows the banner without an error`, async ({ page, context, baseURL }) => {
      await giveConsent(context, baseURL!, { raw });
      const response = await page.goto('/ru/privacy');
      expect(response?.status()).toBe(200);
      await expect(banner(page)).toBeVisible();
    });
  }
});

test.describe('offline choice', () => {
  // The browser itself logs the aborted request.
  test.use({ expectedConsoleErrors: [/net::ERR_FAILED/] });

  test('a choice holds on the page when the server cannot be reached, and is sent on the next page view', async ({ page, context }) => {
    await page.route('**/api/consent', (route) => route.abort());
    await page.goto('/en');
    await banner(page).getByRole('button', { name: 'Reject all', exact: true }).click();
    await expect(banner(page)).toHaveCount(0);
    expect((await storedConsent(context))?.record).toMatchObject({ tracking: false });
    await page.unroute('**/api/consent');
    const retried = page.waitForRequest((r) => r.url().endsWith('/api/consent') && r.method() === 'POST');
    await page.goto('/en/privacy');
    expect((await retried).postDataJSON()).toMatchObject({ action: 'reject_all', tracking: false, locale: 'en' });
    await expect(banner(page)).toHaveCount(0);
  });
});
