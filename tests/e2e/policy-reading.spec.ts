import { readFileSync } from 'node:fs';
import path from 'node:path';
import { outline } from '../../lib/policy/outline';
import { banner } from './consent-helpers';
import { expect, test } from './fixtures';

const read = (file: string) => readFileSync(path.join(process.cwd(), file), 'utf8');
const sections = (locale: string) => outline(read(`content/policy/${locale}.mdx`)).sections;

/** The words of a text, ignoring markdown markers, list bullets and autolink brackets. */
function words(text: string): string[] {
  return text
    .replace(/\*\*/g, '')
    .replace(/^\s*- /gm, '')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .split(/\s+/)
    .filter(Boolean);
}

test('the Russian policy reads the client’s text word for word', async ({ page }) => {
  await page.goto('/ru/privacy');
  // The cookie declaration table is generated from the registry, not part of the client's text.
  const shown = await page.getByRole('article').evaluate((article) => {
    const copy = article.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-cookie-table]').forEach((table) => table.remove());
    // The copy is laid out whole: innerText leaves out the blocks content-visibility skips (off screen).
    copy.removeAttribute('data-article');
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });
  expect(words(shown)).toEqual(words(read('content/source/privacy-policy.ru.txt')));
});

test('the English policy reads edition 3’s corrections, in British spelling, and the Russian cookie table names Google in Russian', async ({ page }) => {
  await page.goto('/en/privacy');
  const article = page.getByRole('article');
  await expect(article).toContainText('serving customs and immigration interests');
  await expect(article).toContainText("in order to personalise the Website according to visitors' preferences (country, language)");
  await expect(article).toContainText('details of any of your flights paid for by your employer');
  await expect(article).toContainText('will help you understand');
  await expect(article).toContainText('forms for unaccompanied minors, etc.');
  await expect(article).not.toContainText(/requirements, etc\.|remember each visitor|customiz/i);
  await page.goto('/ru/cookies');
  await expect(page.locator('[data-cookie-table]')).toContainText('Google LLC (ранее Google Inc.)');
  await expect(page.locator('[data-cookie-table]')).not.toContainText('formerly');
});

const TOC = { ru: 'Содержание', en: 'Contents', kk: 'Мазмұны' } as const;

for (const locale of ['ru', 'en', 'kk'] as const) {
  test(`the ${locale} policy renders every section with its heading and a table of contents`, async ({ page }) => {
    await page.goto(`/${locale}/privacy`);
    const expected = sections(locale);
    expect(expected.length).toBeGreaterThan(20);
    for (const section of expected) {
      const heading = page.locator(`h${section.level}#${section.id}`);
      await expect(heading).toHaveText(section.title);
      await expect(heading.getByRole('link')).toHaveAttribute('href', `#${section.id}`);
    }
    const toc = page.getByRole('navigation', { name: TOC[locale] });
    for (const section of expected.filter((s) => s.level === 2)) {
      await expect(toc.getByRole('link', { name: section.title, exact: true })).toHaveAttribute('href', `#${section.id}`);
    }
  });
}

test('every language uses the same section ids in the same order', () => {
  expect(sections('en').map((s) => s.id)).toEqual(sections('ru').map((s) => s.id));
  expect(sections('kk').map((s) => s.id)).toEqual(sections('ru').map((s) => s.id));
});

test('a table-of-contents link scrolls to its section', async ({ page }) => {
  await page.goto('/en/privacy');
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Contacts', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/privacy#contacts$/);
  await expect(page.locator('#contacts')).toBeInViewport();
});

test('on a wide screen the table of contents ends above the consent banner, so its last link can be reached', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/en/privacy');
  await expect(banner(page)).toBeVisible();
  const last = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').last();
  await expect(last).toHaveText('Contacts');
  // As Tab brings it into view: the table scrolls inside itself, the page scrolls it to the top.
  await last.focus();
  await expect(last).toBeInViewport();
  const link = (await last.boundingBox())!;
  const bannerBox = (await banner(page).boundingBox())!;
  expect(link.y + link.height, 'the focused link is not under the banner').toBeLessThanOrEqual(bannerBox.y);
  await last.click();
  await expect(page).toHaveURL(/#contacts$/);
});

test('switching language keeps the page and the section', async ({ page }) => {
  await page.goto('/ru/privacy#cookies');
  const english = page.getByRole('link', { name: 'English' });
  await expect(english).toHaveAttribute('hreflang', 'en');
  await expect(english).toHaveAttribute('lang', 'en');
  await english.click();
  await expect(page).toHaveURL(/\/en\/privacy#cookies$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#cookies')).toBeInViewport();
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/privacy#cookies$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the policy and the language switch still work', async ({ page }) => {
    await page.goto('/ru/privacy');
    await expect(page.locator('#controller')).toHaveText('Контролер персональных данных');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/privacy$/);
    await expect(page.locator('#controller')).toBeVisible();
  });
});

test('external links in the policy are clickable and do not leak the opener', async ({ page }) => {
  await page.goto('/ru/privacy');
  for (const href of ['http://www.aboutcookies.org/Default.aspx?page=2', 'https://tools.google.com/dlpage/gaoptout?hl=ru']) {
    const link = page.getByRole('article').locator(`a[href="${href}"]`);
    await expect(link).toHaveText(href);
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
});

test('the printed policy leaves out navigation', async ({ page }) => {
  await page.goto('/en/privacy');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('no horizontal scroll at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/ru', '/ru/privacy', '/en/privacy']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
