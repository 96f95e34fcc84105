type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Runs `callback` once the main thread is idle (at the latest after `timeout` ms), so work no
 * visitor waits for stays out of the tasks that paint and hydrate the page (docs/architecture.md,
 * "Main thread"). Browsers without requestIdleCallback run it after the current task. Returns a
 * function that cancels it.
 */
export function whenIdle(callback: () => void, timeout = 2000): () => void {
  const win = window as IdleWindow;
  if (win.requestIdleCallback && win.cancelIdleCallback) {
    const handle = win.requestIdleCallback(callback, { timeout });
    return () => win.cancelIdleCallback?.(handle);
  }
  const handle = window.setTimeout(callback, 1);
  return () => window.clearTimeout(handle);
}
