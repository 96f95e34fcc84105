/*
 * The tables `npm run profile` prints: the targets side by side (text reference first), exact
 * trace figures apart from sampled estimates, then each target's scripts, files, own functions
 * and components, and what each page adds over the text reference.
 */
import { ACTIVITIES } from './js-activity';
import { ofKind, type Figures } from './profile-analysis';
import { PHASES } from './trace-events';

export interface TargetResult {
  label: string;
  /** What the page is: the reference, a first visit, a returning visitor. */
  kind: string;
  figures: Figures;
  runs: number;
}

const LABEL = 46;
const round = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '–' : String(Math.round(ms)));

function table(title: string, targets: TargetResult[], rows: [label: string, key: string | ((f: Figures) => number)][]): string[] {
  const width = Math.max(12, ...targets.map((t) => t.label.length + 2));
  const lines = [`\n${title}`, `${''.padEnd(LABEL)}${targets.map((t) => t.label.padStart(width)).join('')}`];
  for (const [label, key] of rows) {
    const value = (f: Figures) => (typeof key === 'function' ? key(f) : f[key]);
    lines.push(`${label.slice(0, LABEL - 1).padEnd(LABEL)}${targets.map((t) => round(value(t.figures)).padStart(width)).join('')}`);
  }
  return lines;
}

const sumOf = (figures: Figures, kind: string, filter: (name: string) => boolean) => ofKind(figures, kind).reduce((sum, [name, ms]) => (filter(name) ? sum + ms : sum), 0);
const list = (entries: [string, number][], count: number) => entries.slice(0, count).filter(([, ms]) => ms >= 0.5).map(([name, ms]) => `    ${round(ms).padStart(5)}  ${name}`);

/** The whole printed report. */
export function formatReport(targets: TargetResult[], header: string[]): string {
  const lines = [...header];
  lines.push(
    ...table('Exact, from the trace: self time of the main thread\'s events (nested events subtracted), ms', targets, [
      ['load event (from navigation start)', 'thread:load event'],
      ['main thread busy (all tasks)', 'thread:main thread busy'],
      ['Total Blocking Time', 'thread:TBT'],
      ['long tasks (> 50 ms)', 'thread:long tasks'],
      ['longest task', 'thread:longest task'],
      ...PHASES.map((phase): [string, string] => [`  ${phase}`, `phase:${phase}`]),
    ]),
    '  (TBT: each task\'s time over 50 ms, summed; the profiler\'s start-up is left out of the tasks. Function compile:',
    '  V8 compiling a function on its first call (V8.CompileCode). Other: task time the trace does not break down',
    '  further (scheduler, IPC, loader); DevTools\' CPU slowdown pauses the thread wherever it is.)',
  );
  lines.push(
    ...table('Estimate, from CPU samples: what the JavaScript was doing (the leafmost React/Next function on the stack decides), ms', targets, [
      ...ACTIVITIES.flatMap((activity): [string, string][] => [
        [`  ${activity}`, `js:${activity}`],
        ...(activity.startsWith('React render') ? [['    of which after its first commit', 'sampled:React render after its first commit'] as [string, string]] : []),
      ]),
      ['JavaScript, all (sampled)', 'sampled:JavaScript'],
      ['garbage collector (sampled)', 'sampled:garbage collector'],
      ['sampler gaps: busy time no sample names', 'sampled:sampler gaps (unattributed)'],
    ]),
  );
  const groups = new Set(targets.flatMap((t) => ofKind(t.figures, 'group').filter(([name, ms]) => ms >= 1 && !name.startsWith('site: ')).map(([name]) => name)));
  lines.push(
    ...table('Estimate, from CPU samples: self time by package (a frame\'s original file through the source maps), ms', targets, [
      ...[...groups]
        .map((group): [string, number] => [group, Math.max(...targets.map((t) => t.figures[`group:${group}`] ?? 0))])
        .sort((a, b) => b[1] - a[1])
        .map(([group]): [string, string] => [`  ${group}`, `group:${group}`]),
      ['  site code (components/, lib/, app/)', (f: Figures) => sumOf(f, 'group', (name) => name.startsWith('site: '))],
    ]),
  );
  const [reference] = targets;
  for (const target of targets) {
    lines.push(`\n${target.label} — ${target.kind}; median of ${target.runs} runs, sampled ms`);
    const scripts = ofKind(target.figures, 'script').slice(0, 8);
    const holds = (script: string) =>
      ofKind(target.figures, 'chunk')
        .filter(([name]) => name.startsWith(`${script} → `))
        .slice(0, 3)
        .map(([name]) => name.slice(script.length + 3))
        .join(', ');
    lines.push('  by script (self time; what ran in it):', ...scripts.filter(([, ms]) => ms >= 0.5).map(([name, ms]) => `    ${round(ms).padStart(5)}  ${name}${holds(name) ? ` (${holds(name)})` : ''}`));
    lines.push('  by file (self time):', ...list(ofKind(target.figures, 'module'), 10));
    lines.push('  site functions (inclusive: the outermost of the site\'s own frames on the stack) [kind of work]:', ...list(ofKind(target.figures, 'own'), 10));
    lines.push('  components React rendered (inclusive, component bodies only):', ...list(ofKind(target.figures, 'component'), 8));
    lines.push('  browser APIs and builtins called (self time) ← by whom:', ...list(ofKind(target.figures, 'api'), 6));
    if (reference && target !== reference) {
      const deltas = ['phase', 'js', 'group'].flatMap((kind) =>
        ofKind(target.figures, kind).map(([name, ms]): [string, number] => [`${kind === 'phase' ? 'phase' : kind === 'js' ? 'JS work' : 'package'}: ${name}`, ms - (reference.figures[`${kind}:${name}`] ?? 0)]),
      );
      lines.push(`  most over the text reference (ms more than ${reference.label}):`, ...list(deltas.sort((a, b) => b[1] - a[1]), 8));
    }
  }
  return lines.join('\n');
}
