/* Starting and stopping `next start` for the measurement scripts (one process, one PID). */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface RunningServer {
  url: string;
  stop(): void;
}

/** Starts the production build in `dir` (default: the site) on `port` and waits until it answers. */
export async function startServer(port: number, options: { dir?: string; env?: Record<string, string>; probe?: string } = {}): Promise<RunningServer> {
  const dir = options.dir ?? '.';
  if (!existsSync(path.join(dir, '.next', 'BUILD_ID'))) throw new Error(`No production build in ${dir}: run \`npm run build\` first.`);
  const url = `http://127.0.0.1:${port}`;
  // A server left over from another run would answer the probe in place of this one, which cannot
  // listen there: every figure would then be that server's (another build, another data dir).
  const taken = await fetch(url, { redirect: 'manual' }).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`Port ${port} already answers: stop whatever listens there (an earlier bench, audit, paint or size run?) and run again.`);
  const args = ['node_modules/next/dist/bin/next', 'start', ...(dir === '.' ? [] : [dir]), '-p', String(port), '-H', '127.0.0.1'];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env } });
  let exitCode: number | null | undefined;
  child.on('exit', (code) => (exitCode = code));
  for (let i = 0; i < 150; i += 1) {
    if (exitCode !== undefined) throw new Error(`next start ${dir} on port ${port} exited (code ${exitCode}) before it answered.`);
    try {
      const response = await fetch(`${url}${options.probe ?? '/'}`, { redirect: 'manual' });
      if (response.status < 500) return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`next start on port ${port} did not answer within 30 s.`);
}

/** Builds a bare Next.js page (benchmarks/floor, or floor-dynamic) when it has no build yet. */
export async function ensureFloorBuild(dir = 'benchmarks/floor'): Promise<void> {
  if (existsSync(path.join(dir, '.next', 'BUILD_ID'))) return;
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build', dir], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`Building the framework floor (${dir}) failed.`);
}

export interface PageServers {
  /** benchmarks/floor: the bare page every figure is read against. */
  floor: RunningServer;
  /** benchmarks/floor-text: the same bare page holding the policy's text (a reference). */
  text: RunningServer;
  /** The site's production build. */
  site: RunningServer;
  stop(): void;
}

/**
 * The two floors (built if need be) and the site (with `siteEnv` added to its environment), on
 * `port` (floor), `port + 1` (site), `port + 2` (text). When one cannot start, those already
 * started are stopped.
 */
export async function startPageServers(port: number, options: { siteEnv?: Record<string, string> } = {}): Promise<PageServers> {
  await ensureFloorBuild();
  await ensureFloorBuild('benchmarks/floor-text');
  const started: RunningServer[] = [];
  const stop = () => started.forEach((server) => server.stop());
  const start = async (...args: Parameters<typeof startServer>) => {
    const server = await startServer(...args);
    started.push(server);
    return server;
  };
  try {
    const floor = await start(port, { dir: 'benchmarks/floor' });
    const text = await start(port + 2, { dir: 'benchmarks/floor-text' });
    const site = await start(port + 1, { probe: '/ru', env: options.siteEnv });
    return { floor, text, site, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** The middle value (the upper one of an even count); NaN for none. */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
