import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { CONSENT_COOKIE } from '@/lib/consent/format';
import { evaluateConsent, type ConsentState } from '@/lib/consent/state';
import { currentRevision } from '@/lib/policy/revision';

export interface RequestConsent extends ConsentState {
  revision: number;
  /** The browser sent Sec-GPC: 1 (Global Privacy Control). */
  gpc: boolean;
  /** This response's CSP nonce, for inline and third-party scripts. */
  nonce: string | undefined;
}

/** The visitor's consent as the server judges it for this request (read once per request). */
export const readConsent = cache(async (): Promise<RequestConsent> => {
  const [jar, requestHeaders, revision] = await Promise.all([cookies(), headers(), currentRevision()]);
  return {
    ...evaluateConsent(jar.get(CONSENT_COOKIE)?.value, revision),
    revision,
    gpc: requestHeaders.get('sec-gpc') === '1',
    nonce: requestHeaders.get('x-nonce') ?? undefined,
  };
});
