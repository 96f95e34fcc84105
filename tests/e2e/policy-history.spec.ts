import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { E2E_DATA_DIRS, revisionBumpURL } from '../../playwright.config';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { banner, giveConsent, storedConsent } from './consent-helpers';

const HISTORY = {
  ru: { title: 'История Политики', e1: 'Редакция 1, издание 1', e2: 'Редакция 1, издание 2', e3: 'Редакция 1, издание 3', editorial: 'Редакционная правка', changes: 'Что изменилось' },
  en: { title: 'Policy history', e1: 'Revision 1, edition 1', e2: 'Revision 1, edition 2', e3: 'Revision 1, edition 3', editorial: 'Editorial correction', changes: 'What changed' },
  kk: { title: 'Саясат тарихы', e1: '1-редакция, 1-басылым', e2: '1-редакция, 2-басылым', e3: '1-редакция, 3-басылым', editorial: 'Редакциялық түзету', changes: 'Не өзгерді' },
} as const;

for (const [locale, text] of Object.entries(HISTORY)) {
  test(`${locale}: the policy links to its history, which lists editions 3, 2 and 1, newest first, each editorial one with its changes`, async ({ page }) => {
    await page.goto(`/${locale}/privacy`);
    await page.locator(`a[href="/${locale}/privacy/history"]`).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
    const entries = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect(entries.getByRole('heading', { level: 2 })).toHaveText([new RegExp(text.e3), new RegExp(text.e2), new RegExp(text.e1)]);
    for (const i of [0, 1]) await expect(entries.nth(i)).toContainText(text.editorial);
    await expect(entries.first().getByRole('link', { name: text.changes })).toHaveAttribute('href', `/${locale}/privacy/history/r1-e3/changes`);
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
  // Edition 2 stays as it was published, with the renderings edition 3 corrected.
  await expect(page.getByText('meeting customs and immigration requirements')).toBeVisible();
  await expect(page.locator('[data-cookie-table]')).toContainText('Google LLC (formerly Google Inc.)');
  await page.goto('/ru/privacy/history/r1-e2');
  await expect(page.locator('[data-cookie-table]')).toContainText('Google LLC (formerly Google Inc.)');
  await page.goto('/ru/privacy/history/r1-e3');
  await expect(page.locator('[data-cookie-table]')).toContainText('Google LLC (ранее Google Inc.)');
  await page.goto('/kk/privacy/history/r1-e1');
  await expect(page.locator('#controller')).toHaveText(/бақылаушы/);
  await page.goto('/kk/privacy/history/r1-e2');
  await expect(page.locator('#controller')).toHaveText('Дербес деректердің меншік иесі және (немесе) операторы');
  await page.goto('/kk/privacy/history/r1-e3');
  await expect(page.locator('#controller')).toHaveText('Дербес деректерді қамтитын базаның меншік иесі және (немесе) операторы');
});

test('the what-changed view of edition 3 shows, in each language, what it changed since edition 2', async ({ page }) => {
  await page.goto('/en/privacy/history/r1-e3/changes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed in revision 1, edition 3');
  await expect(page.getByText(/Compared with revision 1, edition 2 of/)).toBeVisible();
  await expect(page.locator('del', { hasText: 'requirements' })).toBeVisible();
  await expect(page.locator('ins', { hasText: 'interests' })).toBeVisible();
  await expect(page.locator('del', { hasText: 'remember' })).toBeVisible();
  await expect(page.locator('ins', { hasText: 'personalise' })).toBeVisible();
  await page.goto('/kk/privacy/history/r1-e3/changes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('1-редакцияның 3-басылымында не өзгерді');
  await expect(page.locator('ins', { hasText: 'базаның' }).first()).toBeVisible();
  await expect(page.locator('del', { hasText: 'тергеу' })).toBeVisible();
  await expect(page.locator('ins', { hasText: 'бұрынғы' }).first()).toBeVisible();
  // The Russian text is unchanged: only the Google provider in the cookie table now reads in Russian.
  await page.goto('/ru/privacy/history/r1-e3/changes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Что изменилось в редакции 1, издание 3');
  await expect(page.locator('[data-diff]')).toHaveCount(1);
  await expect(page.locator('ins', { hasText: 'ранее' }).first()).toBeVisible();
  await expect(page.locator('del', { hasText: 'formerly' }).first()).toBeVisible();
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
    for (const url of ['/en/privacy/history/r9-e9', '/en/privacy/history/r1-e4', '/ru/privacy/history/r1-e1/changes', '/kk/privacy/history/r1-e3/nothing']) {
      expect((await page.goto(url))?.status(), url).toBe(404);
    }
  });
});

test('after the editorial editions 2 and 3 a returning visitor with a revision 1 choice is not asked again', async ({ page, context, baseURL }) => {
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
  expect(row?.archived_text).toEqual({ status: 'archived', id: 'r1-e3', revision: 1, edition: 3, locale: 'kk', path: 'content/policy/archive/r1-e3/kk.mdx', url: 'https://almajet.aero/kk/privacy/history/r1-e3' });
});
