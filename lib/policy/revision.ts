import { routing } from '../i18n/routing';
import { loadPolicyMeta } from './load';
import { effectiveRevision } from './revision-value';

/** The policy revision consents must match, from the default locale's MDX metadata (see effectiveRevision). */
export async function currentRevision(): Promise<number> {
  return effectiveRevision((await loadPolicyMeta(routing.defaultLocale)).revision);
}
