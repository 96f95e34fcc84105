import { expect, test } from './fixtures';

const PAGES = ['', '/privacy', '/cookies'] as const;

for (const locale of ['ru', 'en', 'kk'] as const) {
  for (const path of PAGES) {
    test(`/${locale}${path} has its own title, description, canonical, hreflang and Open Graph tags`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      const head = page.locator('head');
      await expect(page).toHaveTitle(/\S{3,}/);
      const description = await head.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length).toBeGreaterThan(40);
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://almajet.aero/${locale}${path}`);
      for (const lang of ['ru', 'en', 'kk']) {
        await expect(head.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', `https://almajet.aero/${lang}${path}`);
      }
      await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `https://almajet.aero${path}`);
      await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', await page.title());
      await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', `https://almajet.aero/${locale}${path}`);
      await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute('content', /^[a-z]{2}_[A-Z]{2}$/);
    });
  }
}

test('titles differ between pages and languages', async ({ page }) => {
  const titles = new Set<string>();
  for (const locale of ['ru', 'en', 'kk']) {
    for (const path of PAGES) {
      await page.goto(`/${locale}${path}`);
      titles.add(await page.title());
    }
  }
  expect(titles.size).toBe(9);
});

test('schema.org Organization data names the company and its address', async ({ page }) => {
  await page.goto('/en');
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  expect(JSON.parse(json ?? '{}')).toMatchObject({
    '@type': 'Organization',
    legalName: 'ALMA JET LLP',
    address: { '@type': 'PostalAddress', postalCode: '141200', addressCountry: 'KZ', addressLocality: 'Экибастуз' },
  });
});
