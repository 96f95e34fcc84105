import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** `npm start`, `npm run dev` and `npm run build` first run scripts/check-node.cjs (package.json). */
const check = (version: string) => spawnSync(process.execPath, ['scripts/check-node.cjs', version], { encoding: 'utf8' });

describe('starting the site on an unsupported Node.js', () => {
  it.each(['20.20.2', '22.13.0', '24.14.1', '25.2.0', 'v18.0.0'])('stops on Node %s with one line naming the version needed', (version) => {
    const result = check(version);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Node.js 24 LTS (24.15 or later) or 26+');
    expect(lines[0]).toContain(version);
    expect(lines[0]).toContain('bash scripts/node.sh');
  });

  it.each(['24.15.0', '24.22.3', '26.0.0', '26.12.1', '28.1.0'])('lets Node %s through silently', (version) => {
    expect(check(version)).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('guards the commands that start the site, and states the same rule as engines', () => {
    const { engines, scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };
    expect(engines.node).toBe('^24.15.0 || >=26.0.0');
    for (const name of ['predev', 'prebuild', 'prestart']) expect(scripts[name]).toBe('node scripts/check-node.cjs');
    expect(readFileSync('.npmrc', 'utf8')).toMatch(/^engine-strict=true$/m);
    expect(readFileSync('.nvmrc', 'utf8').trim()).toMatch(/^24\.\d+\.\d+$/);
  });

  it('passes the Node it runs on now (the suite runs on a supported one)', () => {
    expect(check(process.versions.node).status).toBe(0);
  });
});
