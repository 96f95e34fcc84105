import { expect, test } from './fixtures';

test.describe('language negotiation', () => {
  for (const [header, expected] of [
    ['en-US,en;q=0.9', '/en'],
    ['ru-RU,ru;q=0.9', '/ru'],
    ['de-DE,de;q=0.9,en;q=0.5', '/en'],
    ['fr-FR', '/ru'],
  ] as const) {
    test(`redirects / to ${expected} for Accept-Language "${header}"`, async ({ request }) => {
      const response = await request.get('/', { headers: { 'Accept-Language': header }, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe(expected);
    });
  }

  test('redirects an unprefixed page to the same page in the negotiated language', async ({ request }) => {
    const response = await request.get('/privacy', { headers: { 'Accept-Language': 'en' }, maxRedirects: 0 });
    expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe('/en/privacy');
  });

  test('falls back to Russian when the browser sends no Accept-Language', async ({ request }) => {
    const response = await request.get('/', { headers: { 'Accept-Language': '' }, maxRedirects: 0 });
    expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe('/ru');
  });
});

test.describe('pages', () => {
  for (const locale of ['ru', 'en', 'kk'] as const) {
    test(`${locale} pages carry <html lang="${locale}"> and set no cookie`, async ({ page, context }) => {
      for (const path of [`/${locale}`, `/${locale}/privacy`]) {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        expect(response?.headers()['set-cookie']).toBeUndefined();
      }
      expect(await context.cookies()).toEqual([]);
    });
  }

  test('the home page names the controller and links to the policy', async ({ page }) => {
    await page.goto('/en');
    await expect(page.getByRole('heading', { level: 1, name: 'ALMA JET' })).toBeVisible();
    await expect(page.getByText('acts as the controller of your personal data')).toBeVisible();
    await expect(page.getByRole('main').getByText('63A-8 Mashkhur Zhusup St.')).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Personal Data Processing Policy' }).click();
    await expect(page).toHaveURL(/\/en\/privacy$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('PERSONAL DATA PROCESSING POLICY');
  });

  test('the footer gives the company address and the policy link on every page', async ({ page }) => {
    await page.goto('/ru');
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByText('ТОО «ALMA JET»')).toBeVisible();
    await expect(footer.getByText('г. Экибастуз, ул. Машхур Жусупа, 63А-8')).toBeVisible();
    await expect(footer.getByRole('link', { name: 'Политика обработки персональных данных' })).toHaveAttribute('href', '/ru/privacy');
  });
});

test.describe('not found', () => {
  // Chromium reports the document's own 404 status in the console.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('an unknown page answers 404 with a page in the visitor’s language', async ({ page }) => {
    const response = await page.goto('/en/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('main').getByRole('link', { name: 'Home page' })).toHaveAttribute('href', '/en');
  });

  test('an unknown locale ends on a localized 404', async ({ browser }) => {
    const page = await browser.newPage({ locale: 'ru-RU' });
    const response = await page.goto('/de/privacy');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
    await page.close();
  });
});

test.describe('site files', () => {
  test('sitemap lists every page in both languages', async ({ request }) => {
    const body = await (await request.get('/sitemap.xml')).text();
    for (const url of ['/ru', '/en', '/kk', '/ru/privacy', '/en/privacy', '/kk/privacy', '/ru/cookies', '/en/cookies', '/kk/cookies']) expect(body).toContain(`<loc>https://almajet.aero${url}</loc>`);
  });

  test('robots.txt points to the sitemap', async ({ request }) => {
    const body = await (await request.get('/robots.txt')).text();
    expect(body).toContain('Sitemap: https://almajet.aero/sitemap.xml');
  });

  test('the icon is served', async ({ request }) => {
    const response = await request.get('/icon.svg');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
  });
});
