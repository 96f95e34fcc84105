/**
 * The revision consents must match: `base` (the policy's metadata), or a higher one from
 * TEST_POLICY_REVISION (test-only; it can re-ask every visitor, never revive an old choice).
 * Free of imports, so proxy.ts can use it.
 */
export function effectiveRevision(base: number, override: string | undefined = process.env.TEST_POLICY_REVISION): number {
  const raised = Number(override);
  return Number.isInteger(raised) && raised > base ? raised : base;
}
