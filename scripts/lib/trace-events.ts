/*
 * The main thread of one page load in a Chromium trace, for `npm run profile`: which renderer
 * loaded the page, its tasks from navigation start to the end of the window, the self time of every
 * event (nested events subtracted) grouped by phase as DevTools and Lighthouse group them, and the
 * Total Blocking Time of the tasks. Exact: durations come from the trace, nothing is sampled here.
 */

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { name?: string; frame?: string; data?: Record<string, unknown> };
}

export const PHASES = ['parse HTML & CSS', 'script compile', 'function compile (lazy)', 'script evaluation', 'style & layout', 'paint & composite', 'garbage collection', 'document & V8 setup', 'profiler overhead', 'other'] as const;
export type Phase = (typeof PHASES)[number];

// The event names of Lighthouse's task groups (core/lib/tracehouse/task-groups.js), plus the
// V8 and loader events a trace with the `v8` and `loading` categories nests inside them.
const BY_NAME: Record<string, Phase> = {
  ParseHTML: 'parse HTML & CSS',
  ParseAuthorStyleSheet: 'parse HTML & CSS',
  'v8.compile': 'script compile',
  'v8.compileModule': 'script compile',
  'v8.parseOnBackground': 'script compile',
  'v8.produceCache': 'script compile',
  'v8.produceModuleCache': 'script compile',
  // V8 compiles most functions when they are first called (disabled-by-default-v8.compile).
  'V8.CompileCode': 'function compile (lazy)',
  'V8.ParseFunction': 'function compile (lazy)',
  ScheduleStyleRecalculation: 'style & layout',
  UpdateLayoutTree: 'style & layout',
  RecalculateStyles: 'style & layout',
  InvalidateLayout: 'style & layout',
  Layout: 'style & layout',
  'IntersectionObserverController::computeIntersections': 'style & layout',
};
const SCRIPT = /^(EventDispatch|EvaluateScript|v8\.evaluateModule|FunctionCall|TimerFire|FireIdleCallback|FireAnimationFrame|RunMicrotasks|V8\.Execute|v8\.(run|callFunction|callAsConstructor|newInstance)|V8\.(StackGuard|HandleInterrupts|InvokeApiInterruptCallbacks|BytecodeBudgetInterrupt.*)|BlinkScheduler_PerformMicrotaskCheckpoint)$/;
const PAINT = /^(Animation|HitTest|PaintSetup|Paint|PaintImage|RasterTask|ScrollLayer|UpdateLayer|UpdateLayerTree|CompositeLayers|PrePaint|Layerize|Commit)$/;
// The steps of a compile (parse, bytecode, finalization) belong to the compile around them.
const COMPILE_STEP = /^V8\.(Compile|Parse|PreParse)/;
const GC = /^(MinorGC|MajorGC|V8\.GC|BlinkGC|ThreadState::|CppGC)/;
const SETUP = /^(DocumentLoader::|LocalWindowProxy::|V8\.Deserialize|ContextCreatedNotification|InstallConditionalFeatures|CommitLoad|HTMLDocumentParser::|DecodedDataDocumentParser::|NavigationBodyLoader::)/;

/** The phase an event's self time belongs to. */
export function phaseOf(name: string): Phase {
  if (name.startsWith('CpuProfiler::')) return 'profiler overhead';
  return BY_NAME[name] ?? (COMPILE_STEP.test(name) ? 'script compile' : SCRIPT.test(name) ? 'script evaluation' : PAINT.test(name) ? 'paint & composite' : GC.test(name) ? 'garbage collection' : SETUP.test(name) ? 'document & V8 setup' : 'other');
}

export interface MainThread {
  pid: number;
  tid: number;
  /** Navigation start of the page's document and the end of the measured window (trace µs). */
  start: number;
  end: number;
  /** `load` of the page's document (trace µs). */
  load: number;
}

/** The renderer main thread that loaded `url`, and the window from its navigation start to `settleMs` after `load`. */
export function findMainThread(events: TraceEvent[], url: string, settleMs: number): MainThread {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!nav) throw new Error(`The trace holds no navigation to ${url}.`);
  const load = events.find((e) => e.name === 'MarkLoad' && e.pid === nav.pid && e.ts > nav.ts && (e.args?.data as { frame?: string } | undefined)?.frame === nav.args?.frame);
  if (!load) throw new Error(`The trace holds no load event for ${url}.`);
  return { pid: nav.pid, tid: nav.tid, start: nav.ts, load: load.ts, end: load.ts + settleMs * 1000 };
}

export interface ThreadSummary {
  /** Self time by phase, ms. */
  phases: Record<Phase, number>;
  /** All tasks' time, ms (the profiler's start-up left out, here and below). */
  busy: number;
  /** Sum over tasks longer than 50 ms of the part above 50 ms, ms. */
  tbt: number;
  longTasks: number;
  longestTask: number;
}

/** Self time of each complete event on the thread that starts inside the window, by phase, and the blocking time of its tasks. */
export function summariseThread(events: TraceEvent[], thread: MainThread): ThreadSummary {
  const own = events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.ts >= thread.start && e.ts < thread.end && e.dur !== undefined)
    // Parents before children: earlier first, and the longer of two that start together.
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const phases = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  const stack: { end: number; phase: Phase; self: number; task: boolean }[] = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      phases[done.phase] += done.self / 1000;
    }
  };
  // Each task's length, less the profiler's own start-up inside it (a cost of measuring, not of the page).
  const tasks: { dur: number; profiler: number }[] = [];
  for (const event of own) {
    const dur = event.dur ?? 0;
    close(event.ts);
    const parent = stack.at(-1);
    // A child that outlives its parent (clock rounding) is cut at the parent's end.
    const end = parent ? Math.min(event.ts + dur, parent.end) : event.ts + dur;
    if (parent) parent.self -= end - event.ts;
    const task = event.name === 'RunTask';
    // A task is a RunTask inside no other (toplevel wrappers such as ThreadControllerImpl::RunTask do not count).
    if (task && !stack.some((s) => s.task)) tasks.push({ dur, profiler: 0 });
    const phase = phaseOf(event.name);
    if (phase === 'profiler overhead' && stack.some((s) => s.task) && tasks.length) tasks.at(-1)!.profiler += end - event.ts;
    const inherited = parent?.phase === 'function compile (lazy)' && COMPILE_STEP.test(event.name);
    stack.push({ end, phase: inherited ? parent.phase : phase, self: end - event.ts, task });
  }
  close(Infinity);
  const lengths = tasks.map((t) => (t.dur - t.profiler) / 1000);
  const long = lengths.filter((ms) => ms > 50);
  const busy = lengths.reduce((sum, ms) => sum + ms, 0);
  const tbt = long.reduce((sum, ms) => sum + ms - 50, 0);
  return { phases, busy, tbt, longTasks: long.length, longestTask: Math.max(0, ...lengths) };
}
