/** The time source and timer the outbox runs on; tests pass a fake one and move it by hand. */
export interface Clock {
  now(): number;
  /** Calls `run` after `ms` milliseconds; returns a function that cancels it. */
  setTimer(run: () => void, ms: number): () => void;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: (run, ms) => {
    const handle = setTimeout(run, Math.max(0, ms));
    return () => clearTimeout(handle);
  },
};
