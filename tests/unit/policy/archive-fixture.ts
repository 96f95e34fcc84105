import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throw-away copy of the policy content and messages, as an editor's checkout would be. */
export function contentCopy(): { root: string; edit: (file: string, change: (text: string) => string) => void; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'policy-archive-'));
  cpSync(path.join(process.cwd(), 'content/policy'), path.join(root, 'content/policy'), { recursive: true });
  cpSync(path.join(process.cwd(), 'messages'), path.join(root, 'messages'), { recursive: true });
  cpSync(path.join(process.cwd(), 'content/glossary.json'), path.join(root, 'content/glossary.json'));
  return {
    root,
    edit: (file, change) => writeFileSync(path.join(root, file), change(readFileSync(path.join(root, file), 'utf8'))),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export const SUMMARY = { ru: 'Исправлена опечатка.', en: 'A typo is fixed.', kk: 'Қате түзетілді.' };
