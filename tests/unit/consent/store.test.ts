import { describe, expect, it, vi } from 'vitest';
import type { ConsentRecord } from '@/lib/consent/format';
import { createConsentStore, type ChoiceListener, type ConsentEnvironment, type ConsentPost, type ConsentSeed } from '@/lib/consent/store';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** A ConsentEnvironment that records what the store does and lets each POST be answered by hand. */
class FakeEnvironment implements ConsentEnvironment {
  readonly events: string[] = [];
  readonly cookies: ConsentRecord[] = [];
  readonly posts: { body: ConsentPost; answer: Deferred<ConsentRecord> }[] = [];
  pending: ConsentPost | null = null;

  writeCookie(record: ConsentRecord): void {
    this.events.push('writeCookie');
    this.cookies.push(record);
  }

  post(body: ConsentPost): Promise<ConsentRecord> {
    this.events.push('post');
    const answer = deferred<ConsentRecord>();
    this.posts.push({ body, answer });
    return answer.promise;
  }

  savePending(body: ConsentPost | null): void {
    this.events.push(body ? 'savePending' : 'clearPending');
    this.pending = body;
  }

  loadPending(): ConsentPost | null {
    return this.pending;
  }

  /** The server's answer to the nth POST: the same preferences under the server's own id and time. */
  confirm(index: number, patch: Partial<ConsentRecord> = {}): ConsentRecord {
    const sent = this.posts[index];
    if (!sent) throw new Error(`No POST number ${index}`);
    const { usability, tracking, marketing } = sent.body;
    const record: ConsentRecord = { v: 1, id: '6f1c2d3e-4b5a-4c6d-9e7f-8a9b0c1d2e3f', at: '2026-11-28T12:00:01.000Z', rev: 5, usability, tracking, marketing, ...patch };
    sent.answer.resolve(record);
    return record;
  }

  fail(index: number): void {
    this.posts[index]?.answer.reject(new Error('POST /api/consent answered 503'));
  }
}

/** Lets every settled promise run its continuations. */
async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

function setup(initial: ConsentSeed | null = null) {
  const env = new FakeEnvironment();
  const store = createConsentStore(initial, { revision: 5, locale: 'ru', env });
  return { env, store };
}

const previousChoice: ConsentRecord = { v: 1, id: '0e6a4f8c-1b2d-4e3f-a5b6-c7d8e9f0a1b2', at: '2026-06-01T00:00:00.000Z', rev: 5, usability: true, tracking: false, marketing: false };

/** A returning visitor's page: seeded with the choice's categories, the record filled in from the cookie. */
function returning() {
  const made = setup({ status: 'valid', choice: { usability: previousChoice.usability, tracking: previousChoice.tracking, marketing: previousChoice.marketing } });
  made.store.fill(previousChoice);
  return made;
}

describe('createConsentStore', () => {
  it('starts from what the server read from the cookie, with the preferences closed', () => {
    const { store } = setup({ status: 'valid', choice: { usability: true, tracking: false, marketing: false } });
    expect(store.getSnapshot()).toEqual({ status: 'valid', choice: { usability: true, tracking: false, marketing: false }, record: null, preferencesOpen: false });
  });

  it('fills in the id and dates from the cookie only when it holds the choice the page was rendered for', () => {
    const { store } = setup({ status: 'valid', choice: { usability: true, tracking: false, marketing: false } });
    store.fill({ ...previousChoice, tracking: true });
    expect(store.getSnapshot().record).toBeNull();
    store.fill(null);
    expect(store.getSnapshot().record).toBeNull();
    store.fill(previousChoice);
    expect(store.getSnapshot().record).toEqual(previousChoice);
  });

  it('never fills a record in while no choice is in force (the banner asks)', () => {
    const { store } = setup({ status: 'outdated', choice: null });
    store.fill(previousChoice);
    expect(store.getSnapshot()).toMatchObject({ choice: null, record: null });
  });

  it('writes the cookie before the POST is made, let alone answered', () => {
    const { env, store } = setup();
    void store.choose('accept_all');
    expect(env.events.slice(0, 3)).toEqual(['writeCookie', 'savePending', 'post']);
    expect(env.cookies).toHaveLength(1);
    expect(env.cookies[0]).toMatchObject({ v: 1, rev: 5, usability: true, tracking: true, marketing: true });
    expect(env.cookies[0]?.id).toMatch(UUID_V4);
  });

  it('applies the choice to the snapshot at once and notifies subscribers synchronously', () => {
    const { store } = setup();
    const seen: (ConsentRecord | null)[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().record));
    void store.choose('custom', { usability: false, tracking: true, marketing: false });
    expect(seen).toHaveLength(1);
    expect(store.getSnapshot().status).toBe('valid');
    expect(store.getSnapshot().record).toMatchObject({ usability: false, tracking: true, marketing: false, rev: 5 });
    expect(seen[0]).toBe(store.getSnapshot().record);
  });

  it('hands a new snapshot object to subscribers after each change, as useSyncExternalStore needs', () => {
    const { store } = setup();
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);
    store.openPreferences();
    expect(store.getSnapshot()).not.toBe(before);
  });

  it('posts the action, the preferences it stands for and the page locale, one choice at a time', async () => {
    const { env, store } = setup();
    void store.choose('accept_all', { usability: false, tracking: false, marketing: false });
    void store.choose('reject_all', { usability: true, tracking: true, marketing: true });
    void store.choose('custom', { usability: true, tracking: false, marketing: true });
    void store.choose('withdraw');
    // The next POST waits for the answer to the previous one, so Set-Cookie headers arrive in order.
    expect(env.posts).toHaveLength(1);
    for (let i = 0; i < 4; i++) {
      await flush();
      env.confirm(i);
    }
    await flush();
    expect(env.posts.map(({ body }) => body)).toEqual([
      { usability: true, tracking: true, marketing: true, action: 'accept_all', locale: 'ru' },
      { usability: false, tracking: false, marketing: false, action: 'reject_all', locale: 'ru' },
      { usability: true, tracking: false, marketing: true, action: 'custom', locale: 'ru' },
      { usability: false, tracking: false, marketing: false, action: 'withdraw', locale: 'ru' },
    ]);
  });

  it('keeps a newer choice pending and its cookie in place when an older POST succeeds and the newer one fails', async () => {
    const { env, store } = setup();
    const first = store.choose('accept_all');
    const second = store.choose('reject_all');
    const newest = store.getSnapshot().record;
    env.confirm(0);
    await first;
    await flush();
    env.fail(1);
    await second;
    expect(env.loadPending()).toEqual({ usability: false, tracking: false, marketing: false, action: 'reject_all', locale: 'ru' });
    expect(store.getSnapshot().record).toBe(newest);
    // The stale answer's cookie is replaced by the newest choice again.
    expect(env.cookies.at(-1)).toBe(newest);
  });

  it('treats custom without preferences as granting nothing', () => {
    const { store } = setup();
    void store.choose('custom');
    expect(store.getSnapshot().record).toMatchObject({ usability: false, tracking: false, marketing: false });
  });

  it('shows the server record once the POST is answered', async () => {
    const { env, store } = setup();
    const done = store.choose('custom', { usability: true, tracking: false, marketing: true });
    const confirmed = env.confirm(0);
    await done;
    expect(store.getSnapshot().record).toEqual(confirmed);
    expect(store.getSnapshot().status).toBe('valid');
  });

  it('clears the pending body once the server confirmed it', async () => {
    const { env, store } = setup();
    const done = store.choose('reject_all');
    expect(env.pending).toEqual({ usability: false, tracking: false, marketing: false, action: 'reject_all', locale: 'ru' });
    env.confirm(0);
    await done;
    expect(env.pending).toBeNull();
  });

  it('keeps the newer choice when the answer to an older POST arrives late', async () => {
    const { env, store } = setup();
    const first = store.choose('accept_all');
    const second = store.choose('reject_all');
    const latest = store.getSnapshot().record;
    env.confirm(0);
    await first;
    expect(store.getSnapshot().record).toBe(latest);
    expect(store.getSnapshot().record).toMatchObject({ usability: false, tracking: false, marketing: false });
    env.confirm(1);
    await second;
  });

  it('keeps the choice and the pending body when the POST fails', async () => {
    const { env, store } = setup();
    const done = store.choose('custom', { usability: false, tracking: true, marketing: false });
    const applied = store.getSnapshot().record;
    env.fail(0);
    await expect(done).resolves.toBeUndefined();
    expect(store.getSnapshot().record).toBe(applied);
    expect(store.getSnapshot().status).toBe('valid');
    expect(env.pending).toEqual({ usability: false, tracking: true, marketing: false, action: 'custom', locale: 'ru' });
  });

  it('retries the pending body once and clears it', async () => {
    const { env, store } = returning();
    env.pending = { usability: true, tracking: false, marketing: false, action: 'custom', locale: 'en' };
    const done = store.retryPending();
    expect(env.posts.map(({ body }) => body)).toEqual([{ usability: true, tracking: false, marketing: false, action: 'custom', locale: 'en' }]);
    const confirmed = env.confirm(0);
    await done;
    expect(env.pending).toBeNull();
    expect(store.getSnapshot().record).toEqual(confirmed);
    await store.retryPending();
    expect(env.posts).toHaveLength(1);
  });

  it('does nothing on retry when no body waits', async () => {
    const { env, store } = setup();
    const listener = vi.fn();
    store.subscribe(listener);
    await store.retryPending();
    expect(env.posts).toHaveLength(0);
    expect(listener).not.toHaveBeenCalled();
  });

  it('posts only once for two concurrent retries', async () => {
    const { env, store } = setup();
    env.pending = { usability: false, tracking: false, marketing: false, action: 'reject_all', locale: 'ru' };
    const a = store.retryPending();
    const b = store.retryPending();
    expect(env.posts).toHaveLength(1);
    env.confirm(0);
    await Promise.all([a, b]);
    expect(env.posts).toHaveLength(1);
    expect(env.pending).toBeNull();
  });

  it('keeps the body pending after a failed retry and sends it again on the next one', async () => {
    const { env, store } = setup();
    env.pending = { usability: true, tracking: true, marketing: true, action: 'accept_all', locale: 'ru' };
    const first = store.retryPending();
    env.fail(0);
    await first;
    expect(env.pending).toEqual({ usability: true, tracking: true, marketing: true, action: 'accept_all', locale: 'ru' });
    const second = store.retryPending();
    expect(env.posts).toHaveLength(2);
    env.confirm(1);
    await second;
    expect(env.pending).toBeNull();
  });

  it('tells choice listeners the previous and the new record', () => {
    const { store } = returning();
    const listener = vi.fn<ChoiceListener>();
    store.onChoice(listener);
    void store.choose('accept_all');
    const first = store.getSnapshot().record;
    void store.choose('withdraw');
    const second = store.getSnapshot().record;
    expect(listener.mock.calls.map(([previous, next]) => [previous, next])).toEqual([
      [previousChoice, first],
      [first, second],
    ]);
  });

  it('lets choice listeners wait until the server has answered', async () => {
    const { env, store } = setup();
    const settledSeen: Promise<void>[] = [];
    store.onChoice((_previous, _next, settled) => settledSeen.push(settled));
    const done = store.choose('reject_all');
    const [settled] = settledSeen;
    let answered = false;
    void settled?.then(() => {
      answered = true;
    });
    await flush();
    expect(answered).toBe(false);
    env.confirm(0);
    await done;
    await flush();
    expect(answered).toBe(true);
  });

  it('settles the listeners promise without an error when the POST fails', async () => {
    const { env, store } = setup();
    const settledSeen: Promise<void>[] = [];
    store.onChoice((_previous, _next, settled) => settledSeen.push(settled));
    const done = store.choose('accept_all');
    env.fail(0);
    await done;
    await expect(settledSeen[0]).resolves.toBeUndefined();
  });

  it('calls choice listeners after the snapshot changed, so they can read it', () => {
    const { store } = setup();
    const seen: (ConsentRecord | null)[] = [];
    store.onChoice(() => seen.push(store.getSnapshot().record));
    void store.choose('reject_all');
    expect(seen).toEqual([store.getSnapshot().record]);
  });

  it('passes null as the previous record for a first choice', () => {
    const { store } = setup();
    const listener = vi.fn<ChoiceListener>();
    store.onChoice(listener);
    void store.choose('reject_all');
    expect(listener).toHaveBeenCalledWith(null, store.getSnapshot().record, expect.any(Promise));
  });

  it('stops calling listeners that unsubscribed', () => {
    const { store } = setup();
    const onChange = vi.fn();
    const onChoice = vi.fn();
    store.subscribe(onChange)();
    store.onChoice(onChoice)();
    void store.choose('accept_all');
    store.openPreferences();
    expect(onChange).not.toHaveBeenCalled();
    expect(onChoice).not.toHaveBeenCalled();
  });

  it('opens and closes the preferences', () => {
    const { store } = setup();
    const listener = vi.fn();
    store.subscribe(listener);
    store.openPreferences();
    expect(store.getSnapshot().preferencesOpen).toBe(true);
    store.closePreferences();
    expect(store.getSnapshot().preferencesOpen).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('closes the preferences when a choice is made', () => {
    const { store } = setup();
    store.openPreferences();
    void store.choose('custom', { usability: true, tracking: false, marketing: false });
    expect(store.getSnapshot().preferencesOpen).toBe(false);
  });

  it('replaces an outdated status with valid on a new choice', () => {
    const { store } = setup({ status: 'outdated', choice: null });
    void store.choose('reject_all');
    expect(store.getSnapshot().status).toBe('valid');
  });

  it('gives each choice a new id and the page revision', async () => {
    const { env, store } = setup();
    void store.choose('accept_all');
    void store.choose('accept_all');
    await flush();
    const [a, b] = env.cookies;
    expect(a?.id).not.toBe(b?.id);
    expect(a?.rev).toBe(5);
    expect(b?.rev).toBe(5);
  });
});
