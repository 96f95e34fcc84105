import { pageAddresses } from '../../lib/routes';
import { expect, test } from './fixtures';

test('every internal link and #anchor on every page resolves', async ({ page, request }) => {
  test.slow(); // every page in every language, each link checked
  const checked = new Map<string, Set<string> | null>();
  const idsOf = async (url: string) => {
    if (!checked.has(url)) {
      // A fresh connection each time: between two checks the page's own navigations can take longer
      // than the server's 5 s keep-alive, and a request sent on a socket the server is just closing
      // fails with ECONNRESET (a browser would retry it; this client does not).
      const response = await request.get(url, { headers: { connection: 'close' } });
      expect(response.status(), `${url}`).toBe(200);
      const html = await response.text();
      checked.set(url, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    }
    return checked.get(url)!;
  };
  const addresses = pageAddresses();
  for (const from of addresses) {
    await page.goto(from);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      const ids = await idsOf(url.pathname);
      if (url.hash) expect(ids.has(decodeURIComponent(url.hash.slice(1))), `${from} → ${url.pathname}${url.hash}`).toBe(true);
    }
  }
  // Every page is reached by a link from another one.
  expect([...checked.keys()].sort()).toEqual(expect.arrayContaining([...addresses].sort()));
});
