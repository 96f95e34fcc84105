import { routing } from '../i18n/routing';
import { loadPolicyModule } from './load';

/**
 * The policy revision consents must match: the MDX metadata's, or a higher one from
 * TEST_POLICY_REVISION (test-only; it can re-ask every visitor, never revive an old choice).
 */
export async function currentRevision(): Promise<number> {
  const { meta } = await loadPolicyModule(routing.defaultLocale);
  const override = Number(process.env.TEST_POLICY_REVISION);
  return Number.isInteger(override) && override > meta.revision ? override : meta.revision;
}
