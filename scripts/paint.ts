/*
 * `npm run paint`: first paint and blocking time in a real Chromium, beside the framework floor, in
 * the same run. Where `npm run audit` (Lighthouse) simulates a slow phone from an unthrottled trace,
 * this loads each page in Chromium (CHROME_PATH, default /usr/bin/chromium) under DevTools' own 4x
 * CPU slowdown, as a 412×823 phone at DPR 1.75, a fresh context per load (first visit: no cookie),
 * and reads what the page itself observes: FCP, the last LCP candidate, and the long tasks from the
 * document's start to 4 s after `load` (TBT = the sum of each task's time over 50 ms).
 * Targets alternate round after round (PAINT_RUNS, default 5) so that the machine's drift touches
 * all alike; prints the median and the range of each. Needs `npm run build`.
 */
import { chromium, type Browser } from '@playwright/test';
import { median, startPageServers } from './lib/server';

const RUNS = Number(process.env.PAINT_RUNS ?? 5);
const CPU_SLOWDOWN = 4;

interface Paint {
  fcp: number;
  lcp: number;
  tbt: number;
}

async function measure(browser: Browser, url: string): Promise<Paint> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  try {
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
const targets: [string, string][] = [
  ['floor', `${servers.floor.url}/`],
  ['floor + text', `${servers.text.url}/`],
  ...(process.env.PAINT_PAGES ?? '/ru/privacy,/en/privacy,/ru').split(',').map((path): [string, string] => [path, `${servers.site.url}${path}`]),
];
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const results = new Map<string, Paint[]>(targets.map(([label]) => [label, []]));
try {
  for (let i = 0; i < RUNS; i += 1) {
    for (const [label, url] of targets) {
      results.get(label)!.push(await measure(browser, url));
      process.stderr.write('.');
    }
  }
} finally {
  await browser.close();
  servers.stop();
}

console.log(`\nChromium, ${CPU_SLOWDOWN}x CPU slowdown, 412×823 @1.75, first visit; median (range) of ${RUNS} runs, ms`);
console.log(`${'page'.padEnd(14)}${'FCP'.padStart(18)}${'LCP'.padStart(18)}${'TBT'.padStart(18)}`);
for (const [label, runs] of results) {
  console.log(`${label.padEnd(14)}${cell(runs.map((r) => r.fcp))}${cell(runs.map((r) => r.lcp))}${cell(runs.map((r) => r.tbt))}`);
}
