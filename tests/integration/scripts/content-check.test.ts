import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repo = process.cwd();
let root: string;

function run() {
  return spawnSync(process.execPath, [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), path.join(repo, 'scripts/content-check.ts')], {
    cwd: repo,
    env: { ...process.env, CONTENT_ROOT: root },
    encoding: 'utf8',
  });
}

// Each case spawns tsx (several seconds on a busy machine).
describe('npm run content:check', { timeout: 30_000 }, () => {
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'policy-'));
    cpSync(path.join(repo, 'content/policy'), path.join(root, 'content/policy'), { recursive: true });
    cpSync(path.join(repo, 'messages'), path.join(root, 'messages'), { recursive: true });
    cpSync(path.join(repo, 'content/glossary.json'), path.join(root, 'content/glossary.json'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('passes on the real policy files', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Policy content and interface texts are consistent');
  });

  it('fails, naming the file and the section, when a section is removed from the English policy', () => {
    const file = path.join(root, 'content/policy/en.mdx');
    const source = readFileSync(file, 'utf8');
    const start = source.indexOf('<H2 id="minors">');
    const end = source.indexOf('<H2 id="google-analytics">');
    writeFileSync(file, source.slice(0, start) + source.slice(end));
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('✗ content/policy/en.mdx: section "minors" is missing (in content/policy/ru.mdx it is "Несовершеннолетние"');
    expect(result.stderr).toContain('What to do: Add <H2 id="minors">…</H2>');
  });

  it('fails, naming the file, the line and the glossary term, when the Kazakh controller becomes the owner of the person’s data again', () => {
    const file = path.join(root, 'content/policy/kk.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Дербес деректерді қамтитын базаның меншік иесі', 'Дербес деректердің меншік иесі'));
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('✗ content/policy/kk.mdx, line 22: «Дербес деректердің меншік иесі» is a wrong rendering of the glossary term "controller"');
  });

  it('fails, naming the locale file and the key, when a Kazakh text is missing', () => {
    const file = path.join(root, 'messages/kk.json');
    const messages = JSON.parse(readFileSync(file, 'utf8')) as { Consent: Record<string, unknown> };
    delete messages.Consent.rejectAll;
    writeFileSync(file, JSON.stringify(messages));
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('✗ messages/kk.json: the key "Consent.rejectAll" is missing (it is in messages/ru.json)');
  });
});
