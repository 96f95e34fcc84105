/*
 * One traced page load for `npm run profile`: a fresh phone-sized context (as `npm run paint`:
 * 412×823 at DPR 1.75, DevTools' 4x CPU slowdown), the consent cookie of a returning visitor when
 * asked, every request that would leave the machine answered here (Google's hosts with an empty
 * 200, anything else refused), and a browser-wide trace from before the navigation to `settleMs`
 * after `load`, with V8's sampling profiler on (100 µs) unless `samples` is false.
 */
import type { Browser } from '@playwright/test';
import { GOOGLE_HOST } from './returning-visitor';
import type { TraceEvent } from './trace-events';

export interface LoadTarget {
  label: string;
  url: string;
  /** A cookie to set before the load (the consent cookie of a returning visitor). */
  cookie?: { name: string; value: string };
}

export interface CapturedLoad {
  events: TraceEvent[];
  /** The document's address after the navigation. */
  url: string;
  /** Whether the consent banner was in the page. */
  banner: boolean;
  /** Requests for Google's scripts answered with an empty 200, and others refused. */
  stubbed: string[];
  refused: string[];
}

const CPU_SLOWDOWN = 4;
// disabled-by-default-v8.compile: V8 compiles most functions lazily, on the main thread, when they
// are first called; without it that time hides inside whatever script event called them.
const CATEGORIES = ['toplevel', 'loading', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];
// Sampling every 100 µs (the .hires category) rather than 1 ms: a 4x slowed phone runs a React
// commit or an effect in a few ms, and a 1 ms profile would name it from a handful of samples.
const SAMPLER = ['disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.cpu_profiler.hires'];

/** Loads `target` in a fresh context under a browser-wide trace and returns the trace events. */
export async function captureLoad(browser: Browser, target: LoadTarget, settleMs: number, samples = true): Promise<CapturedLoad> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const tracing = await browser.newBrowserCDPSession();
  const stubbed: string[] = [];
  const refused: string[] = [];
  try {
    if (target.cookie) await context.addCookies([{ ...target.cookie, url: new URL(target.url).origin }]);
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      async (route) => {
        const { hostname, href } = new URL(route.request().url());
        if (GOOGLE_HOST.test(hostname)) {
          stubbed.push(href);
          await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
        } else {
          refused.push(href);
          await route.abort('blockedbyclient');
        }
      },
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const events: TraceEvent[] = [];
    tracing.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => tracing.once('Tracing.tracingComplete', () => resolve()));
    await tracing.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: [...CATEGORIES, ...(samples ? SAMPLER : [])] },
    });
    await page.goto(target.url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    await tracing.send('Tracing.end');
    await complete;
    const banner = (await page.locator('[data-consent-banner]').count()) > 0;
    return { events, url: page.url(), banner, stubbed, refused };
  } finally {
    await tracing.detach().catch(() => undefined);
    await context.close();
  }
}
