import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations } from './axe';
import { banner, giveConsent, preferences } from './consent-helpers';

const PAGES = ['', '/privacy', '/cookies', '/no-such-page'] as const;
const CUSTOMIZE = { ru: 'Настроить', en: 'Customise', kk: 'Баптау' } as const;

/** Axe in the light and then the dark colour scheme, on the page as it stands (no reload). */
async function expectNoViolations(page: Page, what: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${what}, ${colorScheme} scheme`).toEqual([]);
  }
}

test.describe('axe: zero WCAG 2.2 AA violations', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  // Each page state is checked in both colour schemes where it stands: switching the scheme
  // restyles the page the way a visitor's system setting would, without a second load.
  for (const locale of ['ru', 'en', 'kk'] as const) {
    test(`${locale}, light and dark scheme: every page with the banner, with the preferences open, and after a choice`, async ({ page, context, baseURL }) => {
      test.slow(); // twelve page states, two schemes each
      for (const path of PAGES) {
        await page.goto(`/${locale}${path}`);
        await expect(banner(page)).toBeVisible();
        await expectNoViolations(page, `${locale}${path} with the banner`);
        await banner(page).getByRole('button', { name: CUSTOMIZE[locale] }).click();
        await expect(preferences(page)).toBeVisible();
        await expectNoViolations(page, `${locale}${path} with the preferences open`);
        await page.keyboard.press('Escape');
      }
      await giveConsent(context, baseURL!, { preferences: { usability: true, tracking: false, marketing: false } });
      for (const path of PAGES) {
        await page.goto(`/${locale}${path}`);
        await expect(banner(page)).toHaveCount(0);
        await expectNoViolations(page, `${locale}${path} after a choice`);
      }
    });
  }
});

test('the axe check reports what it is shown: an image without a text alternative, low contrast', async ({ page }) => {
  await page.setContent('<html lang="en"><head><title>Test</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#bbb;background:#fff">faint</p></main></body></html>');
  const violations = await axeViolations(page);
  expect(violations.map((v) => v.split(':')[0]).sort()).toEqual(['color-contrast', 'image-alt']);
});

test('the skip link is the first focusable element and moves focus to the content', async ({ page }) => {
  await page.goto('/en/privacy');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('focus is always visible', async ({ page }) => {
  await page.goto('/ru');
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, tag: el.tagName };
    });
    expect(outline.style, `focus outline on ${outline.tag}`).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});

test('text stays usable at 200% zoom: no horizontal scroll and the banner leaves room to read', async ({ browser }) => {
  // 200% zoom of a 1280 px window is a 640 CSS px viewport with doubled pixels.
  const page = await browser.newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  for (const path of ['/ru/privacy', '/en/cookies', '/kk']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    const box = await banner(page).boundingBox();
    expect(box!.height, path).toBeLessThanOrEqual(400 * 0.7 + 1);
  }
  await page.close();
});
