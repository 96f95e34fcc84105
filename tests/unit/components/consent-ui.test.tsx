// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, type ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConsentBanner, type BannerStrings } from '@/components/consent/consent-banner';
import { ConsentProvider, useConsent } from '@/components/consent/consent-provider';
import { CookieSettingsButton } from '@/components/consent/cookie-settings-button';
import { PreferencesDialog, type CategoryView, type DialogStrings } from '@/components/consent/preferences-dialog';
import { CATEGORIES } from '@/lib/consent/categories';
import { CONSENT_COOKIE, serializeConsent, type ConsentRecord } from '@/lib/consent/format';
import type { ConsentStatus } from '@/lib/consent/state';
import type { ConsentEnvironment, ConsentPost } from '@/lib/consent/store';
import { declarationsIn } from '@/lib/cookies/registry';
import en from '@/messages/en.json';

/** The environment the provider gets instead of document.cookie, fetch and sessionStorage. */
class FakeEnvironment implements ConsentEnvironment {
  pending: ConsentPost | null = null;
  readonly cookies: ConsentRecord[] = [];
  readonly writeCookie = vi.fn((record: ConsentRecord) => {
    this.cookies.push(record);
  });
  /** Answers like the server: the same preferences under a new id and time. */
  readonly post = vi.fn(async (body: ConsentPost): Promise<ConsentRecord> => {
    const { usability, tracking, marketing } = body;
    return { v: 1, id: 'a3bb189e-8bf9-4888-9912-ace4e6543002', at: '2026-11-28T12:00:00.000Z', rev: 1, usability, tracking, marketing };
  });
  readonly savePending = vi.fn((body: ConsentPost | null) => {
    this.pending = body;
  });
  readonly loadPending = vi.fn(() => this.pending);

  /** The record the last choice wrote to the cookie. */
  get lastCookie(): ConsentRecord | undefined {
    return this.cookies[this.cookies.length - 1];
  }
}

const fake = vi.hoisted(() => ({ env: undefined as ConsentEnvironment | undefined }));

vi.mock('@/lib/consent/browser', () => ({
  browserConsentEnvironment: (): ConsentEnvironment => {
    if (!fake.env) throw new Error('The test did not set up a consent environment.');
    return fake.env;
  },
}));

const t = en.Consent;

const bannerStrings: BannerStrings = {
  title: t.bannerTitle,
  text: t.bannerText,
  policyLink: t.policyLink,
  policyUpdated: t.policyUpdated,
  gpcNotice: t.gpcNotice,
  acceptAll: t.acceptAll,
  rejectAll: t.rejectAll,
  customize: t.customize,
};

const dialogStrings: DialogStrings = {
  title: t.dialogTitle,
  intro: t.dialogIntro,
  save: t.save,
  acceptAll: t.acceptAll,
  rejectAll: t.rejectAll,
  close: t.close,
  alwaysOn: t.alwaysOn,
};

/** The category views as consent-root.tsx builds them. */
const categories: CategoryView[] = CATEGORIES.map((key) => {
  const names = declarationsIn(key)
    .filter((entry) => entry.storage === 'cookie')
    .map((entry) => entry.name);
  return {
    key,
    label: t.categories[key].label,
    description: t.categories[key].description,
    cookies: names.length > 0 ? t.cookiesLabel.replace('{names}', names.join(', ')) : t.noCookies,
  };
});

interface PageProps {
  status?: ConsentStatus;
  record?: ConsentRecord | null;
  gpc?: boolean;
  children?: ReactNode;
}

/** Writes a browser cookie (outside the component, where React's rules allow it). */
function setCookie(line: string): void {
  document.cookie = line;
}

/** The parts of a page the layout and ConsentRoot put together, in their order. */
function Page({ status = 'none', record = null, gpc = false, children }: PageProps) {
  // As on a prerendered page: the variant gives the categories, the browser's cookie the record.
  if (record) setCookie(`${CONSENT_COOKIE}=${serializeConsent(record)}; path=/`);
  const choice = record ? { usability: record.usability, tracking: record.tracking, marketing: record.marketing } : null;
  return (
    <ConsentProvider initial={{ status, choice }} revision={1} locale="en">
      <ConsentBanner strings={bannerStrings} locale="en" gpc={gpc} />
      <main id="content" tabIndex={-1}>
        <h1>Personal Data Processing Policy</h1>
        {children}
      </main>
      <footer>
        <CookieSettingsButton label={en.Footer.cookieSettings} locale="en" />
      </footer>
      <PreferencesDialog strings={dialogStrings} categories={categories} locale="en" />
    </ConsentProvider>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const openModals = new Set<HTMLDialogElement>();

/** What a browser does on Escape while a modal dialog is open: cancel, then close it. */
function onEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  const dialog = Array.from(openModals).pop();
  if (!dialog) return;
  if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
}

class NoResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const dialogPrototype = HTMLDialogElement.prototype as Partial<Pick<HTMLDialogElement, 'showModal' | 'close'>>;
const originalShowModal = dialogPrototype.showModal;
const originalClose = dialogPrototype.close;

beforeAll(() => {
  // jsdom has neither HTMLDialogElement#showModal/close nor ResizeObserver.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    if (this.open) return;
    this.setAttribute('open', '');
    openModals.add(this);
    this.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    openModals.delete(this);
    this.dispatchEvent(new Event('close'));
  };
  document.addEventListener('keydown', onEscape);
  vi.stubGlobal('ResizeObserver', NoResizeObserver);
});

afterAll(() => {
  document.removeEventListener('keydown', onEscape);
  if (originalShowModal) HTMLDialogElement.prototype.showModal = originalShowModal;
  else delete dialogPrototype.showModal;
  if (originalClose) HTMLDialogElement.prototype.close = originalClose;
  else delete dialogPrototype.close;
  vi.unstubAllGlobals();
});

let env: FakeEnvironment;

beforeEach(() => {
  env = new FakeEnvironment();
  fake.env = env;
});

afterEach(() => {
  document.cookie = `${CONSENT_COOKIE}=; Max-Age=0; path=/`;
  openModals.clear();
  fake.env = undefined;
  vi.restoreAllMocks();
});

function banner(): HTMLElement {
  return screen.getByRole('region', { name: /cookie/i });
}

function queryBanner(): HTMLElement | null {
  return screen.queryByRole('region', { name: /cookie/i });
}

function dialog(): HTMLElement {
  return screen.getByRole('dialog', { name: /cookie/i });
}

function checkbox(name: string): HTMLElement {
  return within(dialog()).getByRole('checkbox', { name });
}

const returning: ConsentRecord = { v: 1, id: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', at: '2026-10-01T09:00:00.000Z', rev: 1, usability: true, tracking: false, marketing: true };

describe('the consent banner', () => {
  it('shows a region about cookies with exactly three choices: Accept all, Reject all, Customise', () => {
    render(<Page />);
    expect(banner()).toHaveAccessibleName(expect.stringMatching(/cookie/i));
    const names = within(banner())
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(names).toEqual(['Accept all', 'Reject all', 'Customise']);
    for (const name of ['Accept all', 'Reject all', 'Customise']) {
      expect(within(banner()).getByRole('button', { name })).toHaveAccessibleName(name);
    }
  });

  it('links to the cookie section of the policy', () => {
    render(<Page />);
    expect(within(banner()).getByRole('link', { name: 'More about cookies' })).toHaveAttribute('href', '/en/privacy#cookies');
  });

  it('says why it asks again after a policy update', () => {
    render(<Page status="outdated" />);
    expect(within(banner()).getByText(t.policyUpdated)).toBeInTheDocument();
  });

  it('does not show the update notice to a first-time visitor', () => {
    render(<Page />);
    expect(within(banner()).queryByText(t.policyUpdated)).not.toBeInTheDocument();
  });

  it('acknowledges a Global Privacy Control signal the server saw, and still offers the same three choices', () => {
    render(<Page gpc />);
    expect(within(banner()).getByText(t.gpcNotice)).toBeInTheDocument();
    expect(within(banner()).getAllByRole('button')).toHaveLength(3);
  });

  it('says nothing about Global Privacy Control when no signal was sent', () => {
    render(<Page />);
    expect(within(banner()).queryByText(t.gpcNotice)).not.toBeInTheDocument();
  });

  it('does not show for a returning visitor with a valid choice', () => {
    render(<Page status="valid" record={returning} />);
    expect(queryBanner()).not.toBeInTheDocument();
  });

  it('disappears on Accept all and records every category as granted', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(within(banner()).getByRole('button', { name: 'Accept all' }));
    expect(queryBanner()).not.toBeInTheDocument();
    expect(env.writeCookie).toHaveBeenCalledTimes(1);
    expect(env.lastCookie).toMatchObject({ v: 1, rev: 1, usability: true, tracking: true, marketing: true });
    expect(env.post).toHaveBeenCalledWith({ usability: true, tracking: true, marketing: true, action: 'accept_all', locale: 'en' });
  });

  it('disappears on Reject all and records nothing as granted', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(within(banner()).getByRole('button', { name: 'Reject all' }));
    expect(queryBanner()).not.toBeInTheDocument();
    expect(env.lastCookie).toMatchObject({ usability: false, tracking: false, marketing: false });
    expect(env.post).toHaveBeenCalledWith({ usability: false, tracking: false, marketing: false, action: 'reject_all', locale: 'en' });
  });

  it('moves focus to the main content once a choice removed it', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(within(banner()).getByRole('button', { name: 'Reject all' }));
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('stays hidden after the server confirmed the choice', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(within(banner()).getByRole('button', { name: 'Accept all' }));
    await waitFor(() => expect(env.pending).toBeNull());
    expect(queryBanner()).not.toBeInTheDocument();
  });
});

describe('the preferences dialog', () => {
  it('is not open before the visitor asks for it', () => {
    render(<Page />);
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: /cookie/i })).not.toBeInTheDocument();
  });

  it('opens from Customise as a dialog about cookie settings with one checkbox per category', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(within(banner()).getByRole('button', { name: 'Customise' }));
    expect(dialog()).toHaveAccessibleName('Cookie settings');
    expect(dialog()).toHaveAccessibleDescription(t.dialogIntro);
    const labels = within(dialog())
      .getAllByRole('checkbox')
      .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);
    expect(labels).toEqual(['Technical', 'Usability', 'Tracking', 'Marketing']);
    expect(checkbox('Technical')).toBeChecked();
    expect(checkbox('Technical')).toBeDisabled();
    for (const name of ['Usability', 'Tracking', 'Marketing']) {
      expect(checkbox(name)).not.toBeChecked();
      expect(checkbox(name)).toBeEnabled();
    }
  });

  it('describes every category, naming the cookies it sets', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(within(banner()).getByRole('button', { name: 'Customise' }));
    for (const key of CATEGORIES) {
      const box = checkbox(t.categories[key].label);
      expect(box).toHaveAccessibleDescription(expect.stringContaining(t.categories[key].description));
    }
    expect(checkbox('Technical')).toHaveAccessibleDescription(expect.stringContaining('Always on.'));
    expect(checkbox('Technical')).toHaveAccessibleDescription(expect.stringContaining('almajet_consent'));
    expect(checkbox('Usability')).toHaveAccessibleDescription(expect.stringContaining('NEXT_LOCALE'));
  });

  it('records tracking only when the visitor ticks Tracking and saves', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(within(banner()).getByRole('button', { name: 'Customise' }));
    await user.click(checkbox('Tracking'));
    expect(checkbox('Tracking')).toBeChecked();
    await user.click(within(dialog()).getByRole('button', { name: 'Save choices' }));
    expect(env.writeCookie).toHaveBeenCalledTimes(1);
    expect(env.lastCookie).toMatchObject({ usability: false, tracking: true, marketing: false });
    expect(env.post).toHaveBeenCalledWith({ usability: false, tracking: true, marketing: false, action: 'custom', locale: 'en' });
    expect(screen.queryByRole('dialog', { name: /cookie/i })).not.toBeInTheDocument();
    expect(queryBanner()).not.toBeInTheDocument();
  });

  it('sends focus to the main content after a choice made from the banner, whose button is gone', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(within(banner()).getByRole('button', { name: 'Customise' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Save choices' }));
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('reopens from the footer Cookie settings button showing the current choice', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(within(banner()).getByRole('button', { name: 'Customise' }));
    await user.click(checkbox('Tracking'));
    await user.click(within(dialog()).getByRole('button', { name: 'Save choices' }));

    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    expect(checkbox('Technical')).toBeChecked();
    expect(checkbox('Usability')).not.toBeChecked();
    expect(checkbox('Tracking')).toBeChecked();
    expect(checkbox('Marketing')).not.toBeChecked();
  });

  it('shows a returning visitor the choice read from the cookie', async () => {
    const user = userEvent.setup();
    render(<Page status="valid" record={returning} />);
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    expect(checkbox('Usability')).toBeChecked();
    expect(checkbox('Tracking')).not.toBeChecked();
    expect(checkbox('Marketing')).toBeChecked();
  });

  it('lets a returning visitor withdraw every grant with Reject all', async () => {
    const user = userEvent.setup();
    render(<Page status="valid" record={returning} />);
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Reject all' }));
    expect(env.lastCookie).toMatchObject({ usability: false, tracking: false, marketing: false });
    expect(env.post).toHaveBeenCalledWith({ usability: false, tracking: false, marketing: false, action: 'withdraw', locale: 'en' });
  });

  it('forgets unsaved ticks when closed without saving', async () => {
    const user = userEvent.setup();
    render(<Page status="valid" record={returning} />);
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    await user.click(checkbox('Tracking'));
    await user.click(within(dialog()).getByRole('button', { name: 'Close' }));
    expect(env.writeCookie).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    expect(checkbox('Tracking')).not.toBeChecked();
  });

  it('closes on Escape and returns focus to the button that opened it', async () => {
    const user = userEvent.setup();
    render(<Page status="valid" record={returning} />);
    const opener = screen.getByRole('button', { name: 'Cookie settings' });
    await user.click(opener);
    expect(dialog()).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: /cookie/i })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(env.writeCookie).not.toHaveBeenCalled();
  });

  it('closes with the Close button and returns focus to the button that opened it', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const opener = within(banner()).getByRole('button', { name: 'Customise' });
    await user.click(opener);
    await user.click(within(dialog()).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: /cookie/i })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(banner()).toBeInTheDocument();
  });

  it('can be opened again after Escape', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(within(banner()).getByRole('button', { name: 'Customise' }));
    await user.keyboard('{Escape}');
    await user.click(within(banner()).getByRole('button', { name: 'Customise' }));
    expect(dialog()).toBeInTheDocument();
  });

  it('wraps Tab from the last button to the first control in the dialog', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(within(banner()).getByRole('button', { name: 'Customise' }));
    const controls = within(dialog()).getAllByRole('button');
    const first = controls[0];
    const last = controls[controls.length - 1];
    expect(first).toHaveAccessibleName('Close');
    expect(last).toHaveAccessibleName('Reject all');
    last?.focus();
    await user.tab();
    expect(first).toHaveFocus();
  });

  it('wraps Shift+Tab from the first control to the last button in the dialog', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(within(banner()).getByRole('button', { name: 'Customise' }));
    within(dialog()).getByRole('button', { name: 'Close' }).focus();
    await user.tab({ shift: true });
    expect(within(dialog()).getByRole('button', { name: 'Reject all' })).toHaveFocus();
  });

  it('lets Tab move normally between controls inside the dialog', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(within(banner()).getByRole('button', { name: 'Customise' }));
    within(dialog()).getByRole('button', { name: 'Close' }).focus();
    await user.tab();
    expect(checkbox('Usability')).toHaveFocus();
  });
});

describe('cookies the choice does not allow', () => {
  function cookieNames(): string[] {
    return document.cookie
      .split(';')
      .map((part) => part.split('=')[0]?.trim() ?? '')
      .filter((name) => name && name !== CONSENT_COOKIE)
      .sort();
  }

  beforeEach(() => {
    document.cookie = '_ga=GA1.1.123.456; path=/';
    document.cookie = '_ga_ABC123=GS1.1.789; path=/';
    document.cookie = 'NEXT_LOCALE=en; path=/';
  });

  afterEach(() => {
    for (const name of cookieNames()) document.cookie = `${name}=; Max-Age=0; path=/`;
  });

  it('are removed once the page is idle after loading, for a visitor without a valid choice', async () => {
    render(<Page status="expired" />);
    await waitFor(() => expect(cookieNames()).toEqual([]));
  });

  it('stay while a returning visitor grants their categories', async () => {
    render(<Page status="valid" record={{ ...returning, usability: true, tracking: true }} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cookieNames()).toEqual(['NEXT_LOCALE', '_ga', '_ga_ABC123']);
  });

  it('are removed when a returning visitor rejects everything in the settings', async () => {
    const user = userEvent.setup();
    render(<Page status="valid" record={{ ...returning, usability: true, tracking: true }} />);
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Reject all' }));
    expect(cookieNames()).toEqual([]);
  });
});

describe('useConsent', () => {
  it('throws an error naming ConsentProvider when used outside it', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onError = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', onError);
    try {
      expect(() => render(<CookieSettingsButton label="Cookie settings" locale="en" />)).toThrow(/ConsentProvider/);
    } finally {
      window.removeEventListener('error', onError);
      quiet.mockRestore();
    }
  });

  it('gives the snapshot and the actions inside the provider', () => {
    function Probe() {
      const consent = useConsent();
      return <output>{`${consent.status}:${consent.preferencesOpen}:${typeof consent.choose}`}</output>;
    }
    render(
      <Page>
        <Probe />
      </Page>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('none:false:function');
  });
});

describe('under StrictMode', () => {
  it('posts exactly once per click', async () => {
    const user = userEvent.setup();
    render(
      <StrictMode>
        <Page />
      </StrictMode>,
    );
    await user.click(within(banner()).getByRole('button', { name: 'Customise' }));
    await user.click(checkbox('Marketing'));
    await user.click(within(dialog()).getByRole('button', { name: 'Save choices' }));
    expect(env.post).toHaveBeenCalledTimes(1);
    expect(env.writeCookie).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Accept all' }));
    expect(env.post).toHaveBeenCalledTimes(2);
    expect(env.writeCookie).toHaveBeenCalledTimes(2);
  });

  it('retries a pending choice from an earlier page view only once', async () => {
    const pending: ConsentPost = { usability: true, tracking: false, marketing: false, action: 'custom', locale: 'en' };
    env.pending = pending;
    render(
      <StrictMode>
        <Page status="valid" record={returning} />
      </StrictMode>,
    );
    await waitFor(() => expect(env.pending).toBeNull());
    expect(env.post).toHaveBeenCalledTimes(1);
    expect(env.post).toHaveBeenCalledWith(pending);
  });

  it('keeps a pending choice for the next page view when the retry fails', async () => {
    const pending: ConsentPost = { usability: false, tracking: false, marketing: false, action: 'reject_all', locale: 'en' };
    env.pending = pending;
    env.post.mockRejectedValue(new Error('POST /api/consent answered 503'));
    render(
      <StrictMode>
        <Page status="valid" record={returning} />
      </StrictMode>,
    );
    await waitFor(() => expect(env.post).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(env.pending).toEqual(pending);
    expect(env.post).toHaveBeenCalledTimes(1);
  });
});
