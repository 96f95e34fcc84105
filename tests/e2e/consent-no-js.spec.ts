import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { openReceiptStore } from '../../lib/receipts/open';
import { receiptSettings } from '../../lib/receipts/settings';
import { E2E_DATA_DIRS } from '../../playwright.config';
import { storedConsent } from './consent-helpers';
import { expect, test } from './fixtures';

const DAY = 86_400;
const LABELS = {
  en: { banner: 'Cookies on this site', accept: 'Accept all', reject: 'Reject all', customize: 'Customise', save: 'Save choices', settings: 'Cookie settings', categories: ['Technical', 'Usability', 'Tracking', 'Marketing'] },
  ru: { banner: 'Файлы cookie на этом сайте', accept: 'Принять все', reject: 'Отклонить все', customize: 'Настроить', save: 'Сохранить выбор', settings: 'Настройки cookie', categories: ['Технические', 'Простота использования', 'Отслеживание', 'Маркетинг'] },
} as const;

/** The receipts of one consent id in the main test server's log. */
async function receiptsOf(consentId: string) {
  const store = await openReceiptStore(receiptSettings({ DATA_DIR: E2E_DATA_DIRS[0] }));
  try {
    return await store.history(consentId);
  } finally {
    await store.close();
  }
}

/** Days until the consent cookie a form post set expires, read from its Max-Age. */
function maxAgeDays(response: APIResponse): number {
  const cookie = response.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith('almajet_consent='));
  return Number(/Max-Age=(\d+)/.exec(cookie?.value ?? '')?.[1] ?? 0) / DAY;
}

test.describe('consent without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ['ru', 'en'] as const) {
    const l = LABELS[locale];
    // By its exact name: the cookie page's preferences are a region named "Cookie settings" too.
    const banner = (page: Page) => page.getByRole('region', { name: l.banner, exact: true });
    const [technical, usability, tracking, marketing] = l.categories;

    test(`${locale}: Accept all and Reject all from the banner are stored by the server for 13 months`, async ({ page, context }) => {
      for (const [button, granted] of [[l.reject, false], [l.accept, true]] as const) {
        await context.clearCookies();
        await page.goto(`/${locale}/privacy`);
        await banner(page).getByRole('button', { name: button, exact: true }).click();
        await expect(page).toHaveURL(`/${locale}/privacy`);
        await expect(banner(page)).toHaveCount(0);
        const stored = await storedConsent(context);
        expect(stored?.record).toMatchObject({ v: 1, usability: granted, tracking: granted, marketing: granted });
        const days = ((stored?.expires ?? 0) - Date.now() / 1000) / DAY;
        expect(days).toBeGreaterThan(393);
        expect(days).toBeLessThan(398);
        const receipts = await receiptsOf(stored?.record.id ?? '');
        expect(receipts).toEqual([expect.objectContaining({ action: granted ? 'accept_all' : 'reject_all', locale, tracking: granted })]);
      }
    });

    test(`${locale}: Customise leads to the preferences form; saving Usability only is stored`, async ({ page, context }) => {
      await page.goto(`/${locale}`);
      const customize = banner(page).getByRole('link', { name: l.customize, exact: true });
      await expect(customize).toHaveAttribute('href', `/${locale}/cookies#preferences`);
      await customize.click();
      await expect(page).toHaveURL(`/${locale}/cookies#preferences`);
      await expect(page.getByRole('checkbox', { name: technical, exact: true })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: technical, exact: true })).toBeDisabled();
      for (const name of [usability, tracking, marketing]) await expect(page.getByRole('checkbox', { name, exact: true })).not.toBeChecked();
      await page.getByRole('checkbox', { name: usability, exact: true }).check();
      await page.getByRole('button', { name: l.save, exact: true }).click();
      await expect.poll(async () => (await storedConsent(context))?.record).toMatchObject({ usability: true, tracking: false, marketing: false });
      await expect(page).toHaveURL(new RegExp(`/${locale}/cookies(#preferences)?$`));
      await expect(banner(page)).toHaveCount(0);
    });

    test(`${locale}: the footer's cookie settings show the earlier choice and change it`, async ({ page, context }) => {
      await page.goto(`/${locale}/privacy`);
      await banner(page).getByRole('button', { name: l.accept, exact: true }).click();
      await expect(banner(page)).toHaveCount(0);
      const first = (await storedConsent(context))?.record;
      const settings = page.getByRole('contentinfo').getByRole('link', { name: l.settings, exact: true });
      await expect(settings).toHaveAttribute('href', `/${locale}/cookies#preferences`);
      await settings.click();
      await expect(page).toHaveURL(`/${locale}/cookies#preferences`);
      for (const name of [usability, tracking, marketing]) await expect(page.getByRole('checkbox', { name, exact: true })).toBeChecked();
      await page.getByRole('checkbox', { name: tracking, exact: true }).uncheck();
      await page.getByRole('checkbox', { name: marketing, exact: true }).uncheck();
      // The post answers 303 back to this page: reload only once that page has loaded.
      const loaded = page.waitForEvent('load');
      await page.getByRole('button', { name: l.save, exact: true }).click();
      await loaded;
      await expect.poll(async () => (await storedConsent(context))?.record.id).not.toBe(first?.id);
      expect((await storedConsent(context))?.record).toMatchObject({ usability: true, tracking: false, marketing: false });
      await page.reload();
      await expect(page.getByRole('checkbox', { name: tracking, exact: true })).not.toBeChecked();
      await expect(page.getByRole('checkbox', { name: usability, exact: true })).toBeChecked();
    });
  }
});

test.describe('the form endpoint, as any client posts to it', () => {
  const post = (request: APIRequestContext, form: Record<string, string>, headers: Record<string, string> = {}) =>
    request.post('/api/consent', { form, headers, maxRedirects: 0 });

  for (const locale of ['ru', 'en'] as const) {
    test(`${locale}: a choice answers 303 to its page with a 13-month cookie and a stored receipt`, async ({ request }) => {
      const response = await post(request, { action: 'custom', locale, usability: 'on', return: `/${locale}/cookies#preferences` });
      expect(response.status()).toBe(303);
      expect(response.headers().location).toBe(`/${locale}/cookies#preferences`);
      expect(maxAgeDays(response)).toBeGreaterThan(393);
      expect(maxAgeDays(response)).toBeLessThan(398);
      const value = response.headersArray().find((h) => h.value.startsWith('almajet_consent='))?.value.split(';')[0]?.split('=')[1] ?? '';
      const record = JSON.parse(decodeURIComponent(value)) as { id: string };
      expect(await receiptsOf(record.id)).toEqual([expect.objectContaining({ action: 'custom', locale, usability: true, tracking: false, marketing: false })]);
    });
  }

  test('a form posted from another site is refused and sets no cookie', async ({ request }) => {
    const foreign: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }];
    for (const headers of foreign) {
      const response = await post(request, { action: 'accept_all', locale: 'en', return: '/en' }, headers);
      expect(response.status()).toBe(403);
      expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('A cookie choice can only be made on this site.');
      expect(response.headers()['set-cookie']).toBeUndefined();
    }
  });

  for (const target of ['//evil.example', 'https://evil.example', '/\\evil.example', '%2F%2Fevil.example', '/%2F%2Fevil.example', '/ru/privacy\r\nLocation: //evil.example']) {
    test(`return=${JSON.stringify(target)} stays on the site`, async ({ request, page, baseURL }) => {
      const response = await post(request, { action: 'reject_all', locale: 'ru', return: target });
      expect(response.status()).toBe(303);
      expect(response.headers().location).toBe('/ru');
      // A browser following the answer ends on the site too: a bare form served at the site's origin posts it.
      const form = `<!DOCTYPE html><title>form</title><form method="post" action="/api/consent"><input name="action" value="reject_all"><input name="locale" value="en"><input name="return" value="${target.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"><button>go</button></form>`;
      await page.route(`${baseURL}/form-test`, (route) => route.fulfill({ contentType: 'text/html', body: form }));
      await page.goto('/form-test');
      await page.getByRole('button', { name: 'go' }).click();
      await expect(page).toHaveURL(`${baseURL}/en`);
    });
  }

  test('a malformed form answers 400 with a page in the posted language', async ({ request }) => {
    const response = await request.post('/api/consent', { data: 'action=accept_all&action=reject_all&locale=ru&return=%2Fru%2Fprivacy', headers: { 'content-type': 'application/x-www-form-urlencoded' }, maxRedirects: 0 });
    expect(response.status()).toBe(400);
    const html = await response.text();
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<a href="/ru/privacy">');
    expect(response.headers()['set-cookie']).toBeUndefined();
  });
});
