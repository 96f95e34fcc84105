/* A `next start` (or standalone server.js) child process for the operations tests: output kept, exit awaited. */
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export interface NextProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `args` with node and waits until GET /api/health answers (any status), at most 60 s. */
export async function startNext(port: number, env: Record<string, string>, args?: string[], cwd = process.cwd()): Promise<NextProcess> {
  const argv = args ?? ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'];
  const child = spawn(process.execPath, argv, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i += 1) {
    if (child.exitCode !== null) throw new Error(`the server on port ${port} exited:\n${output.slice(-2000)}`);
    if (await fetch(`${url}/api/health`).then(() => true, () => false)) return { url, child, output: () => output, exited };
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`the server on port ${port} did not answer within 60 s:\n${output.slice(-2000)}`);
}

/** Ends a test server if it still runs (cleanup after a failure). */
export function kill(server: NextProcess | undefined): void {
  if (server && server.child.exitCode === null && !server.child.signalCode) server.child.kill('SIGKILL');
}

let sequence = 0;

/** One consent POST; `headers` adds e.g. X-Forwarded-For. Returns the status and the record id of a 2xx. */
export async function postConsent(url: string, headers: Record<string, string> = {}): Promise<{ status: number; id?: string }> {
  const n = (sequence += 1);
  const response = await fetch(`${url}/api/consent`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'User-Agent': 'operations-test', ...headers },
    body: JSON.stringify({ usability: n % 2 === 0, tracking: n % 3 === 0, marketing: false, action: 'custom', locale: n % 2 ? 'ru' : 'en' }),
  });
  const body = (await response.json()) as { record?: { id: string } };
  return { status: response.status, id: body.record?.id };
}
