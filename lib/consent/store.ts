import { NOTHING_GRANTED, preferencesFor, type ConsentAction, type Preferences } from './categories';
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
  /** The choice in force, or null while the visitor has made none (the banner shows). */
  record: ConsentRecord | null;
  preferencesOpen: boolean;
}

/** Called after every change of choice; `settled` resolves once the server has answered or failed. */
export type ChoiceListener = (previous: ConsentRecord | null, next: ConsentRecord, settled: Promise<void>) => void;

export interface ConsentStore {
  getSnapshot(): ConsentSnapshot;
  subscribe(listener: () => void): () => void;
  /** Applies a choice at once, then confirms it with the server. */
  choose(action: ConsentAction, custom?: Preferences): Promise<void>;
  openPreferences(): void;
  closePreferences(): void;
  /** Sends a choice whose POST failed on an earlier page view; does nothing when none waits. */
  retryPending(): Promise<void>;
  onChoice(listener: ChoiceListener): () => void;
}

/** A framework-free consent store: one per page, React subscribes with useSyncExternalStore. */
export function createConsentStore(initial: Pick<ConsentSnapshot, 'status' | 'record'>, options: { revision: number; locale: string; env: ConsentEnvironment }): ConsentStore {
  const { env, revision, locale } = options;
  let snapshot: ConsentSnapshot = { ...initial, preferencesOpen: false };
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
        set({ record: confirmed });
      },
      () => {
        // The choice already holds on this page through the client cookie; the next page view retries.
      },
    );
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async choose(action, custom = NOTHING_GRANTED) {
      const previous = snapshot.record;
      const record = createConsentRecord(preferencesFor(action, custom), revision);
      env.writeCookie(record);
      set({ status: 'valid', record, preferencesOpen: false });
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
