'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useConsentStore } from '../consent/consent-provider';

/** Re-renders the page on the server once a new choice is stored, so what it shows is what is on file. */
export function RefreshOnChoice() {
  const store = useConsentStore();
  const router = useRouter();
  useEffect(() => store.onChoice((_previous, _next, settled) => void settled.then(() => router.refresh())), [store, router]);
  return null;
}
