import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { E2E_DATA_DIRS, revisionBumpURL } from '../../playwright.config';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { banner, giveConsent, storedConsent } from './consent-helpers';

const HISTORY = {
  ru: { title: 'История Политики', e1: 'Редакция 1, издание 1', e2: 'Редакция 1, издание 2', editorial: 'Редакционная правка' },
  en: { title: 'Policy history', e1: 'Revision 1, edition 1', e2: 'Revision 1, edition 2', editorial: 'Editorial correction' },
  kk: { title: 'Саясат тарихы', e1: '1-редакция, 1-басылым', e2: '1-редакция, 2-басылым', editorial: 'Редакциялық түзету' },
} as const;

for (const [locale, text] of Object.entries(HISTORY)) {
  test(`${locale}: the policy links to its history, which lists edition 2 above edition 1`, async ({ page }) => {
    await page.goto(`/${locale}/privacy`);
    await page.locator(`a[href="/${locale}/privacy/history"]`).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
    const entries = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect(entries.getByRole('heading', { level: 2 })).toHaveText([new RegExp(text.e2), new RegExp(text.e1)]);
    await expect(entries.first()).toContainText(text.editorial);
  });
}

test('each archived page renders its own text under an archive notice, with the same section ids', async ({ page }) => {
  await page.goto('/en/privacy/history/r1-e1');
  await expect(page.getByRole('note')).toContainText('Archived version of');
  await expect(page.getByRole('note').getByRole('link', { name: 'The current version is here.' })).toHaveAttribute('href', '/en/privacy');
  await expect(page.locator('#recipients')).toBeVisible();
  await expect(page.getByText('payment processing agents, including (where necessary) for the purpose of carrying out fraud checks')).toBeVisible();
  // The cookie table as it was then, not today's registry.
  await expect(page.locator('[data-cookie-table]')).toContainText('Google Ireland Ltd');
  await page.goto('/en/privacy/history/r1-e2');
  await expect(page.getByText('payment processing agents, and also (where necessary) for the purpose of carrying out fraud checks')).toBeVisible();
  await expect(page.locator('[data-cookie-table]')).toContainText('Google LLC (formerly Google Inc.)');
  await page.goto('/kk/privacy/history/r1-e1');
  await expect(page.locator('#controller')).toHaveText(/бақылаушы/);
  await page.goto('/kk/privacy/history/r1-e2');
  await expect(page.locator('#controller')).toHaveText(/меншік иесі және \(немесе\) операторы/);
});

test('the what-changed view marks edition 2’s changes with <ins> and <del>, announced to screen readers, and passes axe', async ({ page }) => {
  test.slow(); // three pages, axe twice
  await page.goto('/en/privacy/history/r1-e2/changes');
  await expect(page.locator('del', { hasText: 'including' })).toBeVisible();
  await expect(page.locator('ins', { hasText: 'justified' })).toBeVisible();
  await expect(page.locator('del', { hasText: 'reasoned' })).toContainText('deleted:');
  await expect(page.locator('ins', { hasText: 'sex' }).first()).toContainText('inserted:');
  await page.goto('/kk/privacy/history/r1-e2/changes');
  await expect(page.locator('ins', { hasText: 'қатты' })).toBeVisible();
  await expect(page.locator('del', { hasText: 'қатқыл' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), scheme).toEqual([]);
  }
  await page.goto('/ru/privacy/history/r1-e2/changes');
  await expect(page.locator('ins, del').first()).toBeVisible();
});

test('archived and what-changed pages are noindex with the current policy as canonical', async ({ page }) => {
  for (const url of ['/en/privacy/history/r1-e1', '/ru/privacy/history/r1-e2/changes']) {
    await page.goto(url);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/(en|ru)\/privacy$/);
  }
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  expect(sitemap).not.toContain('/history');
});

test.describe('unknown history ids', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });
  test('answer 404', async ({ page }) => {
    for (const url of ['/en/privacy/history/r9-e9', '/ru/privacy/history/r1-e1/changes', '/kk/privacy/history/r1-e2/nothing']) {
      expect((await page.goto(url))?.status(), url).toBe(404);
    }
  });
});

test('after the editorial edition 2 a returning visitor with a revision 1 choice is not asked again', async ({ page, context, baseURL }) => {
  await giveConsent(context, baseURL!, { rev: 1, daysAgo: 30 });
  await page.goto('/en/privacy');
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
});

test.describe('after a material release (the test server runs revision 2)', () => {
  test.use({ baseURL: revisionBumpURL });
  test('the same returning visitor is asked again', async ({ page, context, baseURL }) => {
    await giveConsent(context, baseURL!, { rev: 1, daysAgo: 30 });
    await page.goto('/en/privacy');
    await expect(banner(page)).toBeVisible();
  });
});

test('`npm run receipts -- show` resolves a fresh receipt to the archived text it was given under', async ({ page, context }) => {
  await page.goto('/kk/privacy');
  const responded = page.waitForResponse((r) => r.url().endsWith('/api/consent') && r.request().method() === 'POST');
  await banner(page).getByRole('button', { name: 'Барлығын қабылдау' }).click();
  expect((await responded).status()).toBe(200);
  const id = (await storedConsent(context))!.record.id;
  const repo = process.cwd();
  const result = spawnSync(process.execPath, [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), path.join(repo, 'scripts/receipts.ts'), 'show', id], {
    env: { ...process.env, DATA_DIR: E2E_DATA_DIRS[0], DATABASE_URL: '', SITE_URL: 'https://almajet.aero' },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  const [row] = JSON.parse(result.stdout) as { archived_text: unknown }[];
  expect(row?.archived_text).toEqual({ status: 'archived', id: 'r1-e2', revision: 1, edition: 2, locale: 'kk', path: 'content/policy/archive/r1-e2/kk.mdx', url: 'https://almajet.aero/kk/privacy/history/r1-e2' });
});
