import { CONSENT_COOKIE, consentExpiry, serializeConsent, type ConsentRecord } from './format';

/**
 * The Set-Cookie header for a record: lives until 13 calendar months after the choice,
 * readable by the client (it shows the choice at once), SameSite=Lax, Secure over https.
 */
export function consentSetCookie(record: ConsentRecord, options: { secure: boolean; now?: Date }): string {
  const now = options.now ?? new Date();
  const expires = consentExpiry(record);
  const maxAge = Math.max(0, Math.floor((expires.getTime() - now.getTime()) / 1000));
  const parts = [`${CONSENT_COOKIE}=${serializeConsent(record)}`, `Max-Age=${maxAge}`, `Expires=${expires.toUTCString()}`, 'Path=/', 'SameSite=Lax'];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
