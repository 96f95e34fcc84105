/**
 * Whether a page's HTML holds the consent banner element. The attribute's name alone is not
 * enough: the page's inlined CSS names it too (`[data-consent-banner]`).
 */
export function showsConsentBanner(html: string): boolean {
  return /<[a-z]+\s[^>]*\bdata-consent-banner\b/.test(html);
}
