import { sql, type Kysely, type Selectable } from 'kysely';
import { CONSENT_ACTIONS, type ConsentAction } from '../consent/categories';
import { RECEIPTS_TABLE, type ConsentReceiptsTable, type ReceiptDatabase } from './schema';
import { RECEIPT_COLUMNS, type ConsentReceipt, type ReceiptStore } from './types';

/** Rows read per query of an export. */
const PAGE_SIZE = 1000;

type Row = Selectable<ConsentReceiptsTable>;

function isAction(value: string): value is ConsentAction {
  return (CONSENT_ACTIONS as readonly string[]).includes(value);
}

// PostgreSQL answers Date and boolean, SQLite ISO text and 0/1: one shape leaves this module.
function fromRow(row: Row): ConsentReceipt {
  if (!isAction(row.action)) throw new Error(`Unknown consent action in the log: ${row.action}`);
  return {
    consentId: row.consent_id,
    at: row.at instanceof Date ? row.at.toISOString() : new Date(row.at).toISOString(),
    policyRevision: Number(row.policy_revision),
    technical: Boolean(row.technical),
    usability: Boolean(row.usability),
    tracking: Boolean(row.tracking),
    marketing: Boolean(row.marketing),
    action: row.action,
    locale: row.locale,
    gpc: Boolean(row.gpc),
    textsHash: row.texts_hash,
    userAgentHash: row.user_agent_hash,
  };
}

// 0/1 suits both: SQLite cannot bind booleans and PostgreSQL reads '1'/'0' as boolean input.
const flag = (value: boolean): number => (value ? 1 : 0);

/** The consent log on a Kysely database (SQLite or PostgreSQL), already migrated. */
export function createReceiptStore(db: Kysely<ReceiptDatabase>): ReceiptStore {
  const columns = ['seq', ...RECEIPT_COLUMNS] as const;

  return {
    async append(r) {
      await db
        .insertInto(RECEIPTS_TABLE)
        .values({
          consent_id: r.consentId,
          at: new Date(r.at).toISOString(),
          policy_revision: r.policyRevision,
          technical: flag(r.technical),
          usability: flag(r.usability),
          tracking: flag(r.tracking),
          marketing: flag(r.marketing),
          action: r.action,
          locale: r.locale,
          gpc: flag(r.gpc),
          texts_hash: r.textsHash,
          user_agent_hash: r.userAgentHash,
        })
        .execute();
    },
    async history(consentId) {
      const rows = await db.selectFrom(RECEIPTS_TABLE).select(columns).where('consent_id', '=', consentId).orderBy('seq').execute();
      return rows.map(fromRow);
    },
    async *range(from, to) {
      // Keyset pages on seq: stable while the site keeps appending during an export.
      let after: number | string = 0;
      for (;;) {
        const rows = await db
          .selectFrom(RECEIPTS_TABLE)
          .select(columns)
          .where('at', '>=', from.toISOString())
          .where('at', '<', to.toISOString())
          .where('seq', '>', after)
          .orderBy('seq')
          .limit(PAGE_SIZE)
          .execute();
        for (const row of rows) yield fromRow(row);
        const last = rows.at(-1);
        if (!last || rows.length < PAGE_SIZE) return;
        after = last.seq;
      }
    },
    async purgeOlderThan(cutoff) {
      const result = await db.deleteFrom(RECEIPTS_TABLE).where('at', '<', cutoff.toISOString()).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async count() {
      const row = await db.selectFrom(RECEIPTS_TABLE).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async ping() {
      await sql`SELECT 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
