/*
 * Graceful shutdown (docs/architecture.md, "Operations"). What `next start` (Next 16.4,
 * next/dist/server/lib/start-server.js) does on SIGTERM/SIGINT by itself: `server.close()` — no new
 * connections, requests in flight are finished — then `process.exit(143)` (130 for SIGINT). It has
 * no hook for "after the last request", and with NEXT_MANUAL_SIG_HANDLE it would not close its HTTP
 * server at all. So this module only adds to it: on the signal, consent POSTs still arriving (on
 * kept-alive connections) are refused with 503; once the consent requests in flight have answered,
 * the consent log is closed; the exit Next then asks for waits for that close and, for SIGTERM,
 * is the orderly 0 that process managers expect from a clean stop.
 */

interface ShutdownState {
  draining: boolean;
  inFlight: number;
  idle: Array<() => void>;
}

const KEY = Symbol.for('almajet.shutdown');
const holder = globalThis as typeof globalThis & { [KEY]?: ShutdownState };
const state: ShutdownState = (holder[KEY] ??= { draining: false, inFlight: 0, idle: [] });

/** True once the process was asked to stop: the health check and new consent requests answer 503. */
export function isDraining(): boolean {
  return state.draining;
}

/** Runs one consent request, counted so that shutdown waits for it before closing the log. */
export async function track<T>(work: () => Promise<T>): Promise<T> {
  state.inFlight += 1;
  try {
    return await work();
  } finally {
    state.inFlight -= 1;
    if (state.inFlight === 0) for (const resolve of state.idle.splice(0)) resolve();
  }
}

/** Resolves when no tracked request is running. */
export function settled(): Promise<void> {
  return state.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => state.idle.push(resolve));
}

/** Marks the process as draining (tests and the signal handler). */
export function startDraining(): void {
  state.draining = true;
}

/** What shutdown needs from the process: injectable so the sequence is testable without exiting. */
export interface ShutdownHooks {
  /** Closes the consent log. */
  close(): Promise<void>;
  log?: (message: string) => void;
  /** The longest the whole stop may take before the process is ended with code 1. */
  deadlineMs?: number;
}

let installed = false;

/** Installs the SIGTERM/SIGINT additions described at the top of this file (once per process). */
export function installGracefulShutdown(hooks: ShutdownHooks): void {
  if (installed) return;
  installed = true;
  const log = hooks.log ?? ((message: string) => console.log(message));
  const onSignal = (signal: NodeJS.Signals) => {
    if (state.draining) return;
    state.draining = true;
    log(`[shutdown] ${signal}: refusing new consent requests, finishing ${state.inFlight} in flight`);
    const realExit = process.exit.bind(process);
    const deadline = setTimeout(() => {
      console.error('[shutdown] not finished within the deadline: exiting with code 1');
      realExit(1);
    }, hooks.deadlineMs ?? 9000);
    deadline.unref();
    const closed = settled()
      .then(() => hooks.close())
      .then(
        () => log('[shutdown] consent log closed'),
        (error: unknown) => console.error(`[shutdown] closing the consent log failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    // Without Next's own handler (NEXT_MANUAL_SIG_HANDLE) nobody else would end the process.
    if (process.listenerCount(signal) === 1) void closed.then(() => realExit(0));
    // Next calls process.exit once its HTTP server has finished every request: hold that exit
    // until the log is closed, and make a SIGTERM stop exit 0 rather than Next's 143.
    process.exit = ((code?: number | string | null) => {
      void closed.then(() => realExit(signal === 'SIGTERM' ? 0 : (code ?? undefined)));
      return undefined as never;
    }) as typeof process.exit;
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/** The answer to a consent request that arrives while the process stops: the browser retries it later. */
export function drainingResponse(): Response {
  const body = { error: 'The server is restarting: your choice applies on this page and will be sent again on the next page you open.' };
  return new Response(JSON.stringify(body), {
    status: 503,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '5', Connection: 'close' },
  });
}
