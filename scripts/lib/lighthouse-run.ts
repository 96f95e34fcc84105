/*
 * One Lighthouse run for `npm run audit` (the installed version, its default mobile preset with
 * simulated throttling): the scores and metrics the audit compares, the HTML report kept in
 * reports/lighthouse/, and the requests that left the machine or were blocked on the way.
 */
import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { median } from './server';

export interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Script bytes transferred. */
  jsBytes: number;
}

export interface AuditResult {
  run: Run;
  /** Requests to other hosts than the local servers that Chromium blocked (Google's, for returning visitors). */
  blocked: string[];
  /** Requests to other hosts that got an answer: must stay empty. */
  leaked: string[];
}

const LOCAL = new Set(['127.0.0.1', 'localhost']);

const ATTEMPTS = 3;

/** Audits `url` in the Chromium at `port`, blocking every request that matches `blocked`; the report goes to reports/lighthouse/`name`.html. */
export async function lighthouseRun(port: number, url: string, name: string, blocked: string[]): Promise<AuditResult> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(url, { port, output: 'html', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'], blockedUrlPatterns: blocked });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    // A trace Lighthouse could not read (NO_NAVSTART, NO_FCP on a busy machine) is its failure, not the page's: run again.
    if (!result.lhr.runtimeError) return readResult(result.lhr, String(result.report), name);
    if (attempt === ATTEMPTS) throw new Error(`Lighthouse could not audit ${url} in ${ATTEMPTS} attempts: ${result.lhr.runtimeError.message}`);
    process.stderr.write(`(${result.lhr.runtimeError.code}: again)`);
  }
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function readResult(lhr: Lhr, report: string, name: string): AuditResult {
  writeFileSync(`reports/lighthouse/${name}.html`, report);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const items = (id: string) => ((lhr.audits[id]?.details as { items?: unknown[] } | undefined)?.items ?? []) as Record<string, unknown>[];
  const requests = items('network-requests').map((item) => ({ url: String(item.url), status: Number(item.statusCode ?? 0) }));
  const remote = requests.filter((r) => /^https?:/.test(r.url) && !LOCAL.has(new URL(r.url).hostname));
  return {
    run: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      jsBytes: Number(items('resource-summary').find((i) => i.resourceType === 'script')?.transferSize ?? NaN),
    },
    blocked: remote.filter((r) => r.status <= 0).map((r) => r.url),
    leaked: remote.filter((r) => r.status > 0).map((r) => r.url),
  };
}

/** Each figure's median over the runs (the upper middle of an even count). */
export function medianRun(runs: Run[]): Run {
  const keys = Object.keys(runs[0]!) as (keyof Run)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as Run;
}
