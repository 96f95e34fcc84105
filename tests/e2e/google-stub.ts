import type { BrowserContext, Request } from '@playwright/test';
import { GA_ID } from '../../playwright.config';

const GOOGLE = /^https:\/\/([a-z0-9-]+\.)*(googletagmanager\.com|google-analytics\.com|google\.com|doubleclick\.net)\//;

/**
 * Answers every request to Google's hosts with a stub, recording them. The gtag.js stub sets
 * `_ga` and `_ga_<container>` as the real one does, so the cookie declaration test sees them.
 */
export async function stubGoogle(context: BrowserContext): Promise<Request[]> {
  const requests: Request[] = [];
  const container = GA_ID.replace(/^G-/, '');
  await context.route(GOOGLE, (route) => {
    requests.push(route.request());
    const body = `document.cookie = '_ga=GA1.1.1234567890.1700000000; path=/; max-age=33955200';
document.cookie = '_ga_${container}=GS1.1.1700000000.1.0.1700000000.0.0.0; path=/; max-age=33955200';
window.__gtagStubLoaded = true;`;
    return route.fulfill({ status: 200, contentType: 'text/javascript', body });
  });
  return requests;
}

export const gaCookies = async (context: BrowserContext) => (await context.cookies()).filter((c) => /^_ga/.test(c.name)).map((c) => c.name);
