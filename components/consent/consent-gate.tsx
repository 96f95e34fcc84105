'use client';

import type { ReactNode } from 'react';
import type { Category } from '@/lib/consent/categories';
import { isGranted } from '@/lib/consent/state';
import { useConsent } from './consent-provider';

interface ConsentGateProps {
  category: Category;
  children: ReactNode;
  /** Shown instead while the category is not granted, e.g. a note with a button to the settings. */
  fallback?: ReactNode;
}

/** Renders a script, iframe or widget only while the visitor grants its category. */
export function ConsentGate({ category, children, fallback = null }: ConsentGateProps) {
  const { choice } = useConsent();
  return <>{isGranted(choice, category) ? children : fallback}</>;
}
