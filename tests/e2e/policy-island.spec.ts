import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { outline } from '../../lib/policy/outline';
import { expect, test } from './fixtures';

/*
 * The policy texts are static islands (components/policy/static-article.tsx): rendered into the
 * page's HTML by the server, absent from the RSC payload and the client JavaScript, and kept as
 * they are by hydration. Every link into them is a document navigation, so the text a visitor
 * reads is always the server's HTML, never rendered or fetched by script.
 */

const read = (file: string) => readFileSync(path.join(process.cwd(), file), 'utf8');
const LOCALES = ['ru', 'en', 'kk'] as const;
type Locale = (typeof LOCALES)[number];

/** A sentence of each policy's body: in no heading, no message and no metadata, so only the text itself carries it. */
const SENTENCE: Record<Locale, string> = {
  ru: 'Вы всегда можете узнать или проверить информацию, которую Вы нам предоставили',
  en: 'You may at any time find out or verify the information that you have provided to us',
  kk: 'Сіз бізге ұсынған ақпаратты әрқашан біле немесе тексере аласыз',
};
const sections = (locale: Locale) => outline(read(`content/policy/${locale}.mdx`)).sections;
const unavailable = (locale: Locale) => (JSON.parse(read(`messages/${locale}.json`)) as { Privacy: { unavailable: string } }).Privacy.unavailable;

const occurrences = (text: string, part: string) => text.split(part).length - 1;
/** JavaScript may spell non-ASCII characters as \uXXXX escapes. */
const unescapeJs = (text: string) => text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A script or stylesheet of the build (fonts and images cannot hold the text). */
const isStaticCode = (url: string) => /^\/_next\/static\/.*\.(js|css)$/.test(new URL(url).pathname);

const article = (page: Page, key: string) => page.locator(`article[data-article="${key}"]`);

/** The article's text when its page is loaded from the server (a hard load, in a tab of its own). */
async function hardLoadedText(context: BrowserContext, url: string, key: string): Promise<string> {
  const tab = await context.newPage();
  try {
    await tab.goto(url);
    const text = await article(tab, key).textContent();
    expect(text?.length, `${url}: the text is on the page`).toBeGreaterThan(1000);
    return text!;
  } finally {
    await tab.close();
  }
}

/** Marks the document, so that a later check can tell a client-side navigation from a page load. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { islandMark?: boolean }).islandMark = true));
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { islandMark?: boolean }).islandMark === true);

/** After following a link: a new document whose article holds exactly the hard-loaded text. */
async function expectShown(page: Page, locale: Locale, key: string, expected: string): Promise<void> {
  await expect(article(page, key)).toHaveText(expected, { useInnerText: false });
  await expect(page.getByRole('link', { name: unavailable(locale) })).toHaveCount(0);
  expect(await sameDocument(page), 'the link loaded a new document').toBe(false);
}

test('the sentences looked for are in the policy texts', () => {
  for (const locale of LOCALES) expect(read(`content/policy/${locale}.mdx`)).toContain(SENTENCE[locale]);
});

test('the policy text is in the page’s HTML once, and not in its RSC payload', async ({ request }) => {
  for (const locale of LOCALES) {
    const html = await (await request.get(`/${locale}/privacy`)).text();
    // Once: in the article, not repeated by the inline RSC payload.
    expect(occurrences(html, SENTENCE[locale]), `/${locale}/privacy HTML`).toBe(1);

    // What the client router fetches (`_rsc` is the cache-busting parameter, empty for no router headers).
    const rsc = await request.get(`/${locale}/privacy?_rsc`, { headers: { RSC: '1' } });
    expect(rsc.status(), `/${locale}/privacy RSC`).toBe(200);
    expect(rsc.headers()['content-type']).toContain('text/x-component');
    const payload = await rsc.text();
    // The page's own payload: the table of contents (server-rendered) names the sections.
    expect(payload).toContain(sections(locale).find((s) => s.id === 'controller')!.title);
    expect(payload, `/${locale}/privacy RSC`).not.toContain(SENTENCE[locale]);
  }
});

test('no JavaScript or CSS file the policy pages load holds the policy text', async ({ page }) => {
  const files = new Set<string>();
  page.on('response', (response) => {
    if (isStaticCode(response.url())) files.add(response.url());
  });
  const collectScripts = async () => {
    for (const src of await page.locator('script[src], link[href*="/_next/static/"]').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src || (el as HTMLLinkElement).href))) {
      if (isStaticCode(src)) files.add(src);
    }
  };
  // Following a link loads the policy page with its own chunks.
  await page.goto('/ru');
  await collectScripts();
  await page.getByRole('main').locator('a[href="/ru/privacy"]').click();
  await expect(page).toHaveURL(/\/ru\/privacy$/);
  await expect(article(page, 'current-ru')).toContainText(SENTENCE.ru);
  for (const url of ['/ru/privacy', '/en/privacy', '/kk/privacy', '/ru/privacy/history/r1-e1']) {
    await page.goto(url);
    await collectScripts();
  }
  expect(files.size).toBeGreaterThan(0);
  const bodies = await Promise.all(
    [...files].map(async (url) => {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
      return { url, body: unescapeJs(await response.text()) };
    }),
  );
  // The StaticArticle chunk itself was among them.
  expect(bodies.some(({ body }) => body.includes('data-article'))).toBe(true);
  for (const { url, body } of bodies) {
    for (const locale of LOCALES) expect(body.includes(SENTENCE[locale]), `${url} holds the ${locale} text`).toBe(false);
  }
});

for (const locale of ['ru', 'en'] as const) {
  test(`${locale}: the link from the home page loads the policy as a page, the same text as a hard load, also after back and forward`, async ({ page, context }) => {
    const url = `/${locale}/privacy`;
    const key = `current-${locale}`;
    const expected = await hardLoadedText(context, url, key);
    await page.goto(`/${locale}`);
    await markDocument(page);
    await page.getByRole('main').locator(`a[href="${url}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${url}$`));
    await expectShown(page, locale, key, expected);

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    await expect(page.getByRole('main').locator(`a[href="${url}"]`)).toBeVisible();
    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`${url}$`));
    await expectShown(page, locale, key, expected);
  });
}

test('an archived edition reached from the history list shows the same text as a page load, also after back and forward and on to the current text', async ({ page, context }) => {
  const url = '/ru/privacy/history/r1-e1';
  const expected = await hardLoadedText(context, url, 'r1-e1-ru');
  const current = await hardLoadedText(context, '/ru/privacy', 'current-ru');
  expect(expected).not.toBe(current);
  await page.goto('/ru/privacy/history');
  await markDocument(page);
  await page.getByRole('main').locator(`a[href="${url}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${url}$`));
  await expectShown(page, 'ru', 'r1-e1-ru', expected);
  await expect(article(page, 'r1-e1-ru')).toHaveAttribute('data-edition', 'r1-e1');

  await page.goBack();
  await expect(page).toHaveURL(/\/ru\/privacy\/history$/);
  await markDocument(page);
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`${url}$`));
  await expectShown(page, 'ru', 'r1-e1-ru', expected);

  // From the archive notice on to the current text.
  await markDocument(page);
  await page.getByRole('note').locator('a[href="/ru/privacy"]').click();
  await expect(page).toHaveURL(/\/ru\/privacy$/);
  await expectShown(page, 'ru', 'current-ru', current);
  await expect(article(page, 'r1-e1-ru')).toBeHidden();
});

// The home page's "contacts" link goes to /<locale>/privacy#contacts.
test('a link to a section of the policy opens the policy at that section', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('main').locator('a[href="/en/privacy#contacts"]').click();
  await expect(page).toHaveURL(/\/en\/privacy#contacts$/);
  await expect(page.locator('#contacts')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the current policy and an archived edition show their full text', async ({ page }) => {
    for (const locale of LOCALES) {
      await page.goto(`/${locale}/privacy`);
      const shown = article(page, `current-${locale}`);
      await expect(shown.getByText(SENTENCE[locale])).toBeVisible();
      // Every section, in order, with the cookie table where the MDX places it.
      await expect(shown.locator(':is(h2, h3, h4)[id]')).toHaveText(sections(locale).map((s) => s.title));
      await expect(shown.locator('[data-cookie-table]')).toBeVisible();
    }
    await page.goto('/en/privacy/history/r1-e1');
    const archived = article(page, 'r1-e1-en');
    await expect(archived.getByText('payment processing agents, including (where necessary) for the purpose of carrying out fraud checks')).toBeVisible();
    await expect(archived.locator('#recipients')).toBeVisible();
    await expect(archived.locator('[data-cookie-table]')).toContainText('Google Ireland Ltd');
  });
});
