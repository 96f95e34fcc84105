/** A browser-like POST /api/consent from a page of the site. */
export function consentPost(patch: Record<string, unknown> = {}, headers: Record<string, string> = {}): Request {
  const body = JSON.stringify({ usability: true, tracking: false, marketing: true, action: 'custom', locale: 'en', ...patch });
  return new Request('https://almajet.aero/api/consent', {
    method: 'POST',
    headers: { Host: 'almajet.aero', 'Content-Type': 'application/json', 'User-Agent': 'Mozilla/5.0 (receipt-test)', ...headers },
    body,
  });
}
