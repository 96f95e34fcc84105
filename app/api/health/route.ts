import { healthResponse, type HealthProbe } from '@/lib/ops/health';
import { isDraining } from '@/lib/ops/shutdown';
import { currentRevision } from '@/lib/policy/revision';
import { receiptSettings } from '@/lib/receipts/settings';
import { serverReceiptStore } from '@/lib/receipts/server';

// Every call must reach the database: never prerendered, never cached.
export const dynamic = 'force-dynamic';

function probe(): HealthProbe {
  let log: HealthProbe['log'] = 'sqlite';
  try {
    log = receiptSettings().databaseUrl ? 'postgres' : 'sqlite';
  } catch {
    // A bad setting makes ping() fail below, with the reason in the server log.
  }
  return { log, draining: isDraining(), revision: currentRevision, ping: async () => (await serverReceiptStore()).ping() };
}

export function GET(): Promise<Response> {
  return healthResponse(probe(), 'GET');
}

export function HEAD(): Promise<Response> {
  return healthResponse(probe(), 'HEAD');
}
