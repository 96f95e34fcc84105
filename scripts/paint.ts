/*
 * `npm run paint`: first paint and blocking time in a real Chromium, beside the framework floor, in
 * the same run. Where `npm run audit` (Lighthouse) simulates a slow phone from an unthrottled trace,
 * this loads each page in Chromium (CHROME_PATH, default /usr/bin/chromium) under DevTools' own 4x
 * CPU slowdown, as a 412×823 phone at DPR 1.75, a fresh context per load (first visit: no cookie),
 * and reads what the page itself observes: FCP, the last LCP candidate, and the long tasks from the
 * document's start to 4 s after `load` (TBT = the sum of each task's time over 50 ms).
 * Targets alternate round after round (PAINT_RUNS, default 5) so that the machine's drift touches
 * all alike; prints the median and the range of each, and each page against `floor + text` with
 * the audit's margins (TBT + 100 ms, LCP + 300 ms). PAINT_PAGES: comma-separated paths;
 * `returning:/ru` loads as a returning visitor with every category granted (Google's hosts
 * answered with an empty script here: nothing leaves the machine). Needs `npm run build`.
 */
import { chromium, type Browser } from '@playwright/test';
import { GOOGLE_HOST, grantedCookie } from './lib/returning-visitor';
import { median, startPageServers } from './lib/server';

const RUNS = Number(process.env.PAINT_RUNS ?? 5);
const CPU_SLOWDOWN = 4;
const RETURNING = 'returning:';
const DEFAULT_PAGES = ['/ru', '/ru/privacy', '/ru/cookies', '/ru/privacy/history', '/en/privacy', '/kk/privacy'];
const TEXT = 'floor + text';

interface Paint {
  fcp: number;
  lcp: number;
  tbt: number;
}

async function measure(browser: Browser, url: string, returning: boolean): Promise<Paint> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  try {
    if (returning) await context.addCookies([{ ...grantedCookie(), url }]);
    await context.route(
      (address) => address.hostname !== '127.0.0.1',
      (route) => (GOOGLE_HOST.test(new URL(route.request().url()).hostname) ? route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }) : route.abort('blockedbyclient')),
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(() => {
      const seen = { lcp: 0, tasks: [] as number[] };
      Object.assign(window, { __paint: seen });
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (seen.lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.tasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(4000);
    return await page.evaluate(() => {
      const seen = (window as unknown as { __paint: { lcp: number; tasks: number[] } }).__paint;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      return { fcp, lcp: seen.lcp || NaN, tbt: seen.tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0) };
    });
  } finally {
    await context.close();
  }
}

const cell = (values: number[]) => `${Math.round(median(values))} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`.padStart(18);

const servers = await startPageServers(3650);
const pages = process.env.PAINT_PAGES?.split(',').filter(Boolean) ?? [...DEFAULT_PAGES, ...DEFAULT_PAGES.slice(0, 4).map((path) => `${RETURNING}${path}`)];
const targets: [label: string, url: string, returning: boolean][] = [
  ['floor', `${servers.floor.url}/`, false],
  [TEXT, `${servers.text.url}/`, false],
  ...pages.map((page): [string, string, boolean] => {
    const returning = page.startsWith(RETURNING);
    const path = returning ? page.slice(RETURNING.length) : page;
    return [returning ? `${path} (ret)` : path, `${servers.site.url}${path}`, returning];
  }),
];
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const version = browser.version();
const results = new Map<string, Paint[]>(targets.map(([label]) => [label, []]));
try {
  for (let i = 0; i < RUNS; i += 1) {
    for (const [label, url, returning] of targets) {
      results.get(label)!.push(await measure(browser, url, returning));
      process.stderr.write('.');
    }
  }
} finally {
  await browser.close();
  servers.stop();
}

console.log(`\nChromium ${version}, ${CPU_SLOWDOWN}x CPU slowdown, 412×823 @1.75; (ret) = returning visitor, every category granted; median (range) of ${RUNS} runs, ms`);
console.log(`${'page'.padEnd(24)}${'FCP'.padStart(18)}${'LCP'.padStart(18)}${'TBT'.padStart(18)}   ΔLCP  ΔTBT  against ${TEXT}`);
const text = results.get(TEXT)!;
const mid = (runs: Paint[], key: keyof Paint) => median(runs.map((r) => r[key]));
for (const [label, runs] of results) {
  const row = `${label.padEnd(24)}${cell(runs.map((r) => r.fcp))}${cell(runs.map((r) => r.lcp))}${cell(runs.map((r) => r.tbt))}`;
  if (label === 'floor' || label === TEXT) {
    console.log(row);
    continue;
  }
  const lcp = mid(runs, 'lcp') - mid(text, 'lcp');
  const tbt = mid(runs, 'tbt') - mid(text, 'tbt');
  const signed = (value: number, width: number) => `${value >= 0 ? '+' : ''}${Math.round(value)}`.padStart(width);
  console.log(`${row}${signed(lcp, 7)}${signed(tbt, 6)}  ${lcp <= 300 && tbt <= 100 ? '✓' : '✗'}`);
}
console.log(`✓: LCP ≤ ${TEXT} + 300 ms and TBT ≤ ${TEXT} + 100 ms (the audit's margins, here in a real Chromium)`);
