import { routing } from '../i18n/routing';
import { loadPolicyModule } from './load';
import { effectiveRevision } from './revision-value';

/** The policy revision consents must match, from the default locale's MDX metadata (see effectiveRevision). */
export async function currentRevision(): Promise<number> {
  const { meta } = await loadPolicyModule(routing.defaultLocale);
  return effectiveRevision(meta.revision);
}
