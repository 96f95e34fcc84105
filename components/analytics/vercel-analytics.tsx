'use client';

import dynamic from 'next/dynamic';
import { useConsent } from '../consent/consent-provider';

// Loaded only when rendered, so visitors without tracking consent never download it.
const Analytics = dynamic(() => import('@vercel/analytics/react').then((m) => m.Analytics), { ssr: false });

/** Vercel Web Analytics (cookieless), only with tracking consent and only on Vercel, where its script exists. */
export function VercelAnalytics() {
  const { choice } = useConsent();
  return choice?.tracking ? <Analytics /> : null;
}
