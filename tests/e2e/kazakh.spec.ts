import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { banner, preferences, storedConsent } from './consent-helpers';

const kk = JSON.parse(readFileSync('messages/kk.json', 'utf8')) as { Consent: Record<string, string> };
const t = kk.Consent;

test('Accept-Language kk-KZ opens the Kazakh site', async ({ request }) => {
  for (const header of ['kk-KZ,kk;q=0.9', 'kk']) {
    const response = await request.get('/', { headers: { 'Accept-Language': header }, maxRedirects: 0 });
    expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe('/kk');
  }
});

test('the Kazakh policy page is in Kazakh with every language offered by its own name', async ({ page }) => {
  await page.goto('/kk/privacy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.locator('#cookies')).toHaveText('Cookie файлдарына қатысты саясат');
  await expect(page.getByRole('navigation', { name: 'Мазмұны' })).toBeVisible();
  for (const [name, lang] of [
    ['Русский', 'ru'],
    ['English', 'en'],
  ] as const) {
    const link = page.getByRole('link', { name, exact: true });
    await expect(link).toHaveAttribute('lang', lang);
    await expect(link).toHaveAttribute('hreflang', lang);
  }
  await page.goto('/ru');
  const kazakh = page.getByRole('link', { name: 'Қазақ тілі', exact: true });
  await expect(kazakh).toHaveAttribute('lang', 'kk');
  await expect(page.locator('link[rel="alternate"][hreflang="kk"]')).toHaveAttribute('href', 'https://almajet.aero/kk');
});

test('the Kazakh policy, home page and cookie table read edition 3’s corrected terms', async ({ page }) => {
  await page.goto('/kk/privacy');
  // Law 94-V: the owner and (or) operator of the database containing personal data, not of the person's data.
  await expect(page.locator('#controller')).toHaveText('Дербес деректерді қамтитын базаның меншік иесі және (немесе) операторы');
  const article = page.getByRole('article');
  await expect(article).toContainText('Сіздің дербес деректеріңізге қатысты AlmaJet');
  await expect(article).toContainText('деректер контролері (controller) ретінде әрекет етеді');
  await expect(article).not.toContainText('деректердің меншік иесі');
  await expect(article).toContainText('жеке мәліметтер:');
  await expect(article).toContainText('оқыс оқиғаларды тергеп-тексеру');
  await expect(article).toContainText('бізбен байланысқаныңыз жөн');
  await expect(article).not.toContainText('және/немесе');
  await expect(page.locator('[data-cookie-table]')).toContainText('Google LLC (бұрынғы атауы Google Inc.)');
  await expect(page.locator('[data-cookie-table]')).not.toContainText('formerly');
  await page.goto('/kk');
  await expect(page.getByRole('heading', { name: 'Дербес деректерді қамтитын базаның меншік иесі және (немесе) операторы' })).toBeVisible();
  await expect(page.getByText('деректер контролері (controller) ретінде әрекет етеді')).toBeVisible();
  await page.goto('/kk/cookies');
  await expect(page.locator('[data-cookie-table]')).toContainText('Google LLC (бұрынғы атауы Google Inc.)');
  await expect(page.getByText('мінез-құлқыңыз негізіндегі ұсыныстарды ұсыну үшін.').first()).toBeAttached();
});

test('switching from Kazakh keeps the section', async ({ page }) => {
  await page.goto('/kk/privacy#contacts');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/privacy#contacts$/);
  await page.getByRole('link', { name: 'Қазақ тілі', exact: true }).click();
  await expect(page).toHaveURL(/\/kk\/privacy#contacts$/);
  await expect(page.locator('#contacts')).toBeInViewport();
});

test.describe('the banner in Kazakh', () => {
  test('names and buttons are in Kazakh', async ({ page }) => {
    await page.goto('/kk');
    await expect(banner(page)).toHaveAccessibleName(t.bannerTitle!);
    for (const name of [t.acceptAll!, t.rejectAll!, t.customize!]) await expect(banner(page).getByRole('button', { name, exact: true })).toBeVisible();
  });

  test('Accept all', async ({ page, context }) => {
    await page.goto('/kk');
    await banner(page).getByRole('button', { name: t.acceptAll!, exact: true }).click();
    await expect(banner(page)).toHaveCount(0);
    await expect.poll(async () => (await storedConsent(context))?.record).toMatchObject({ usability: true, tracking: true, marketing: true });
  });

  test('Reject all', async ({ page, context }) => {
    await page.goto('/kk/privacy');
    await banner(page).getByRole('button', { name: t.rejectAll!, exact: true }).click();
    await expect(banner(page)).toHaveCount(0);
    await expect.poll(async () => (await storedConsent(context))?.record).toMatchObject({ usability: false, tracking: false, marketing: false });
  });

  test('Customise', async ({ page, context }) => {
    await page.goto('/kk/cookies');
    await banner(page).getByRole('button', { name: t.customize!, exact: true }).click();
    const dialog = preferences(page);
    await expect(dialog).toHaveAccessibleName(t.dialogTitle!);
    await dialog.getByRole('checkbox', { name: 'Маркетинг', exact: true }).check();
    await dialog.getByRole('button', { name: t.save!, exact: true }).click();
    await expect.poll(async () => (await storedConsent(context))?.record).toMatchObject({ usability: false, tracking: false, marketing: true });
    // Dates on the cookies page are filled in by the browser, which has no Kazakh month names: DD.MM.YYYY.
    const today = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    await expect(page.getByTestId('current-choice')).toContainText(`${pad(today.getUTCDate())}.${pad(today.getUTCMonth() + 1)}.${today.getUTCFullYear()}`);
    await expect(page.getByTestId('current-choice')).not.toContainText(/M\d{1,2}/);
  });
});

test('the three Kazakh choices keep equal size on a phone, though the labels wrap', async ({ page }) => {
  for (const width of [390, 700]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/kk');
    const boxes = await Promise.all([t.acceptAll!, t.rejectAll!, t.customize!].map((name) => banner(page).getByRole('button', { name, exact: true }).boundingBox()));
    for (const box of boxes.slice(1)) {
      expect(Math.abs(box!.width - boxes[0]!.width), `width at ${width}px`).toBeLessThanOrEqual(1);
      expect(Math.abs(box!.height - boxes[0]!.height), `height at ${width}px`).toBeLessThanOrEqual(1);
    }
  }
});
