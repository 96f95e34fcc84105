import { NOT_MIGRATED_MESSAGE, ReceiptLogNotMigratedError } from '../receipts/migrations';

/** What GET /api/health reports about the consent log. */
export interface HealthProbe {
  /** Which database holds the log: 'sqlite' or 'postgres' (never a path or a connection string). */
  log: 'sqlite' | 'postgres';
  /** Resolves when the log answers a trivial query. */
  ping(): Promise<void>;
  /** The policy revision this instance serves. */
  revision(): Promise<number>;
  /** True while the process is shutting down. */
  draining: boolean;
  /** How long the log may take to answer; 1 s. */
  timeoutMs?: number;
}

/** The health check's headers: never cached, by browsers or by a CDN in front. */
const HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };

class Timeout extends Error {}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function unavailable(log: HealthProbe['log'], reason: string, head: boolean): Response {
  return new Response(head ? null : JSON.stringify({ status: 'unavailable', log, reason }), { status: 503, headers: { ...HEADERS, 'Retry-After': '5' } });
}

/**
 * GET/HEAD /api/health: 200 `{"status":"ok","log","revision"}` when the consent log answers within
 * the timeout, else 503 with a plain reason. Errors are logged on the server, not echoed: a driver
 * message can carry a path, a host or a user name.
 */
export async function healthResponse(probe: HealthProbe, method: 'GET' | 'HEAD' = 'GET'): Promise<Response> {
  const head = method === 'HEAD';
  if (probe.draining) return unavailable(probe.log, 'the server is shutting down', head);
  const timeoutMs = probe.timeoutMs ?? 1000;
  try {
    const [, revision] = await within(Promise.all([probe.ping(), probe.revision()]), timeoutMs);
    return new Response(head ? null : JSON.stringify({ status: 'ok', log: probe.log, revision }), { status: 200, headers: HEADERS });
  } catch (error) {
    if (error instanceof Timeout) return unavailable(probe.log, `the consent log did not answer within ${timeoutMs / 1000} s`, head);
    if (error instanceof ReceiptLogNotMigratedError) return unavailable(probe.log, NOT_MIGRATED_MESSAGE, head);
    console.error(`[health] consent log check failed: ${error instanceof Error ? error.message : String(error)}`);
    return unavailable(probe.log, 'the consent log is unavailable', head);
  }
}
