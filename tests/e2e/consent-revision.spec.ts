import { revisionBumpURL } from '../../playwright.config';
import { expect, test } from './fixtures';
import { banner, giveConsent } from './consent-helpers';

// A second server runs with TEST_POLICY_REVISION=2: the policy as if its revision had been bumped.
test.use({ baseURL: revisionBumpURL });

test('bumping the policy revision asks again and says the policy was updated', async ({ page, context, baseURL }) => {
  await giveConsent(context, baseURL!, { rev: 1 });
  await page.goto('/en');
  await expect(banner(page)).toBeVisible();
  await expect(banner(page)).toContainText('Our Personal Data Processing Policy has been updated');
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(banner(page)).toHaveCount(0);
  await page.reload();
  await expect(banner(page)).toHaveCount(0);
});

test('a choice for the current revision does not show the banner', async ({ page, context, baseURL }) => {
  await giveConsent(context, baseURL!, { rev: 2 });
  await page.goto('/ru');
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
});
