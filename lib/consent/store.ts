import { NOTHING_GRANTED, OPTIONAL_CATEGORIES, preferencesFor, type ConsentAction, type Preferences } from './categories';
import { createConsentRecord, type ConsentRecord } from './format';
import type { ConsentStatus } from './state';

/** The body the browser posts to /api/consent. */
export interface ConsentPost extends Preferences {
  action: ConsentAction;
  locale: string;
}

/** What the store needs from the outside world; the browser adapter implements it. */
export interface ConsentEnvironment {
  /** Writes the consent cookie at once, so the choice holds before the server answers. */
  writeCookie(record: ConsentRecord): void;
  /** Sends the choice to the server, which answers with the record it stored in Set-Cookie. */
  post(body: ConsentPost): Promise<ConsentRecord>;
  /** Keeps an unconfirmed choice for a retry on the next page view. */
  savePending(body: ConsentPost | null): void;
  loadPending(): ConsentPost | null;
}

export interface ConsentSnapshot {
  status: ConsentStatus;
  /** The categories in force, or null while the visitor has made no valid choice (the banner shows). */
  choice: Preferences | null;
  /**
   * The record on file (its id and dates) once known: after a choice on this page, or read from the
   * cookie in the browser. Prerendered pages know only `choice`; the record is filled in after hydration.
   */
  record: ConsentRecord | null;
  preferencesOpen: boolean;
}

/** What a page is rendered with: the state the server judged from the cookie. */
export type ConsentSeed = Pick<ConsentSnapshot, 'status' | 'choice'>;

/** Called after every change of choice; `settled` resolves once the server has answered or failed. */
export type ChoiceListener = (previous: ConsentRecord | null, next: ConsentRecord, settled: Promise<void>) => void;

export interface ConsentStore {
  getSnapshot(): ConsentSnapshot;
  /** Adds the record read from the cookie when it is the choice in force (same categories); ignored otherwise. */
  fill(record: ConsentRecord | null): void;
  subscribe(listener: () => void): () => void;
  /** Applies a choice at once, then confirms it with the server. */
  choose(action: ConsentAction, custom?: Preferences): Promise<void>;
  openPreferences(): void;
  closePreferences(): void;
  /** Sends a choice whose POST failed on an earlier page view; does nothing when none waits. */
  retryPending(): Promise<void>;
  onChoice(listener: ChoiceListener): () => void;
}

/** The three categories alone, so a record's id and dates never leak into `choice`. */
const pick = ({ usability, tracking, marketing }: Preferences): Preferences => ({ usability, tracking, marketing });

/** A framework-free consent store: one per page, React subscribes with useSyncExternalStore. */
export function createConsentStore(initial: ConsentSeed | null, options: { revision: number; locale: string; env: ConsentEnvironment }): ConsentStore {
  const { env, revision, locale } = options;
  let snapshot: ConsentSnapshot = { status: initial?.status ?? 'none', choice: initial?.choice ? pick(initial.choice) : null, record: null, preferencesOpen: false };
  const listeners = new Set<() => void>();
  const choiceListeners = new Set<ChoiceListener>();
  let retrying = false;

  const set = (patch: Partial<ConsentSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener();
  };

  // POSTs go one at a time, in order, so the last Set-Cookie the browser receives is the latest choice.
  let inFlight: Promise<unknown> | null = null;
  let latest = 0;

  const post = (body: ConsentPost): Promise<ConsentRecord> => {
    try {
      return env.post(body);
    } catch (error) {
      return Promise.reject(error);
    }
  };

  const send = (body: ConsentPost): Promise<void> => {
    const sequence = ++latest;
    env.savePending(body);
    // Posted at once when nothing is in flight, after the previous POST otherwise.
    const attempt = inFlight ? inFlight.then(() => post(body)) : post(body);
    const done = attempt.catch(() => undefined);
    inFlight = done;
    void done.then(() => {
      if (inFlight === done) inFlight = null;
    });
    return attempt.then(
      (confirmed) => {
        if (sequence !== latest) {
          // A newer choice was made meanwhile: this answer's cookie is stale, put the current one back.
          if (snapshot.record) env.writeCookie(snapshot.record);
          return;
        }
        env.savePending(null);
        // The server's record (its id and time) is the one on file; show it.
        set({ record: confirmed, choice: pick(confirmed) });
      },
      () => {
        // The choice already holds on this page through the client cookie; the next page view retries.
      },
    );
  };

  return {
    getSnapshot: () => snapshot,
    fill(record) {
      const { choice } = snapshot;
      if (record && choice && !snapshot.record && OPTIONAL_CATEGORIES.every((category) => record[category] === choice[category])) set({ record });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async choose(action, custom = NOTHING_GRANTED) {
      const previous = snapshot.record;
      const record = createConsentRecord(preferencesFor(action, custom), revision);
      env.writeCookie(record);
      set({ status: 'valid', choice: pick(record), record, preferencesOpen: false });
      const settled = send({ usability: record.usability, tracking: record.tracking, marketing: record.marketing, action, locale });
      for (const listener of choiceListeners) listener(previous, record, settled);
      await settled;
    },
    openPreferences: () => set({ preferencesOpen: true }),
    closePreferences: () => set({ preferencesOpen: false }),
    async retryPending() {
      const pending = env.loadPending();
      if (!pending || retrying) return;
      retrying = true;
      try {
        await send(pending);
      } finally {
        retrying = false;
      }
    },
    onChoice(listener) {
      choiceListeners.add(listener);
      return () => choiceListeners.delete(listener);
    },
  };
}
