/*
 * `npm run receipts -- export|show|purge …`: the consent log for audits and retention.
 * Use `npm run -s receipts -- export … > file.csv` so npm's banner stays out of the file.
 * Exit codes: 0 done, 1 failed (database, nothing found), 2 bad arguments (usage on stderr).
 */
import { parseReceiptsArgs, RECEIPTS_USAGE, UsageError, type ReceiptsCommand } from '../lib/receipts/cli-args';
import { env } from '../lib/env/schema';
import { createArchiveLookup } from '../lib/receipts/archived-text';
import { jsonRow, writeExport } from '../lib/receipts/export';
import { openReceiptStore } from '../lib/receipts/open';
import { receiptSettings, type ReceiptSettings } from '../lib/receipts/settings';

function write(chunk: string): Promise<void> | void {
  // Respect back-pressure so a large export piped to a slow reader is not buffered whole.
  if (process.stdout.write(chunk)) return;
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

async function run(command: ReceiptsCommand, settings: ReceiptSettings): Promise<number> {
  const store = await openReceiptStore(settings);
  try {
    // Each hash is resolved against the policy archive: which edition, which archived file and page.
    const resolve = command.kind === 'purge' ? undefined : createArchiveLookup(process.env.CONTENT_ROOT ?? process.cwd(), env().SITE_URL);
    if (command.kind === 'export') {
      const n = await writeExport(store.range(command.from, command.to), command.format, write, resolve);
      console.error(`${n} receipt(s) from ${command.from.toISOString()} to ${command.to.toISOString()} (exclusive).`);
      return 0;
    }
    if (command.kind === 'show') {
      const history = await store.history(command.consentId);
      if (history.length === 0) {
        console.error(`No receipt has the consent id ${command.consentId}.`);
        return 1;
      }
      const rows = history.map((receipt) => ({ ...jsonRow(receipt), archived_text: resolve!(receipt) }));
      await write(`${JSON.stringify(rows, null, 2)}\n`);
      for (const row of rows) {
        const text = row.archived_text;
        console.error(
          text.status === 'not archived'
            ? `${row.at}: not an archived text — ${text.note}.`
            : `${row.at}: revision ${text.revision}, edition ${text.edition} (${text.locale}) — ${text.path}, ${text.url}${text.status === 'legacy' ? ` (${text.note})` : ''}.`,
        );
      }
      return 0;
    }
    const deleted = await store.purgeOlderThan(command.cutoff);
    console.log(`Deleted ${deleted} receipt(s) older than ${command.cutoff.toISOString()} (${command.months} months).`);
    return 0;
  } finally {
    await store.close();
  }
}

async function main(): Promise<number> {
  let settings: ReceiptSettings;
  try {
    settings = receiptSettings();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  let command: ReceiptsCommand;
  try {
    command = parseReceiptsArgs(process.argv.slice(2), { defaultMonths: settings.retentionMonths });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${RECEIPTS_USAGE}`);
    return 2;
  }
  try {
    return await run(command, settings);
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
