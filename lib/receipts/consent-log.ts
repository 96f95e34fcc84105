import type { ConsentAction } from '../consent/categories';
import type { ConsentRecord } from '../consent/format';
import type { Locale } from '../i18n/routing';
import { userAgentHash } from './hashing';
import { textsHash } from './texts-hash';
import type { ConsentReceipt, ReceiptStore } from './types';

/** What the API knows about an accepted choice, before anything is hashed. */
export interface ConsentChoice {
  record: ConsentRecord;
  action: ConsentAction;
  locale: Locale;
  /** The browser sent `Sec-GPC: 1`. */
  gpc: boolean;
  /** The raw User-Agent header: hashed here, never stored. */
  userAgent: string | null;
}

/** Where the API records a choice; resolves once the receipt is committed, rejects when it is not. */
export interface ConsentLog {
  record(choice: ConsentChoice): Promise<void>;
}

/** The receipt a choice leaves in the log. */
export async function receiptFor(choice: ConsentChoice, salt: string): Promise<ConsentReceipt> {
  const { record } = choice;
  return {
    consentId: record.id,
    at: record.at,
    policyRevision: record.rev,
    technical: true,
    usability: record.usability,
    tracking: record.tracking,
    marketing: record.marketing,
    action: choice.action,
    locale: choice.locale,
    gpc: choice.gpc,
    textsHash: await textsHash(choice.locale),
    userAgentHash: userAgentHash(choice.userAgent, salt),
  };
}

/** A consent log writing to `store`, hashing user agents with `salt`. */
export function createConsentLog(store: Pick<ReceiptStore, 'append'>, salt: string): ConsentLog {
  return {
    async record(choice) {
      await store.append(await receiptFor(choice, salt));
    },
  };
}
