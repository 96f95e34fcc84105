/*
 * Editors' release step: `npm run policy:release -- --material|--editorial [--summary-ru "…"] [--summary-en "…"] [--summary-kk "…"]`.
 * Freezes the current policy texts into content/policy/archive/ as the next revision or edition.
 * Exit codes: 0 released, 1 refused (the message says why), 2 bad arguments.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { routing, type Locale } from '../lib/i18n/routing';
import { releasePolicy, ReleaseError } from '../lib/policy/release';

const USAGE = `Usage:
  npm run policy:release -- --editorial [--summary-ru "…" --summary-en "…" --summary-kk "…"]
      a fix that does not change what the policy means (typo, translation): nobody is asked again
  npm run policy:release -- --material  [--summary-ru "…" --summary-en "…" --summary-kk "…"]
      a change of what data is processed, why, by whom or how long: every visitor is asked again
Summaries that are not given are asked for (one sentence per language).`;

async function summaries(given: Partial<Record<Locale, string>>): Promise<Record<Locale, string>> {
  const missing = routing.locales.filter((l) => !given[l]?.trim());
  if (missing.length > 0 && !process.stdin.isTTY) throw new ReleaseError(`give the summary of the change with ${missing.map((l) => `--summary-${l} "…"`).join(' ')}`);
  const rl = missing.length > 0 ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const out = { ...given };
  for (const locale of missing) out[locale] = await rl!.question(`What changed, in ${locale} (one sentence): `);
  rl?.close();
  return out as Record<Locale, string>;
}

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    const options = Object.fromEntries(routing.locales.map((l) => [`summary-${l}`, { type: 'string' as const }]));
    ({ values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { material: { type: 'boolean' }, editorial: { type: 'boolean' }, ...options } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (Boolean(values.material) === Boolean(values.editorial)) {
    console.error(`Say which kind of change this is: --material or --editorial (exactly one).\n\n${USAGE}`);
    return 2;
  }
  const root = process.env.CONTENT_ROOT ?? process.cwd();
  try {
    const given = Object.fromEntries(routing.locales.map((l) => [l, values[`summary-${l}`] as string | undefined]));
    const { edition, files, initial } = releasePolicy(root, { kind: values.material ? 'material' : 'editorial', summary: await summaries(given) });
    const what = initial ? 'the text already published, recorded as it is' : edition.kind === 'material' ? 'every visitor will be asked for consent again' : 'nobody will be asked again';
    console.log(`✓ Released ${edition.id}: revision ${edition.revision}, edition ${edition.edition}, dated ${edition.date} (${what}).\nWritten:\n${files.map((f) => `  ${f}`).join('\n')}\nCommit these files; the history page lists the new entry after the next build.`);
    return 0;
  } catch (error) {
    if (!(error instanceof ReleaseError) && !(error instanceof Error)) throw error;
    console.error(`✗ Not released: ${error.message}.`);
    return 1;
  }
}

process.exitCode = await main();
