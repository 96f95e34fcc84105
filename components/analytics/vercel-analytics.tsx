'use client';

import { lazy, Suspense } from 'react';
import { useConsent } from '../consent/consent-provider';

// Loaded only when rendered, so visitors without tracking consent never download it. React.lazy
// rather than next/dynamic: the module is in every page's bundle (ConsentRoot imports it), and
// next/dynamic would bring its own loader along for the pages of every deployment, Vercel or not.
const Analytics = lazy(() => import('@vercel/analytics/react').then((m) => ({ default: m.Analytics })));

/** Vercel Web Analytics (cookieless), only with tracking consent and only on Vercel, where its script exists. */
export function VercelAnalytics() {
  const { choice } = useConsent();
  return choice?.tracking ? (
    <Suspense fallback={null}>
      <Analytics />
    </Suspense>
  ) : null;
}
