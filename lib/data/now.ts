import { AsyncLocalStorage } from 'node:async_hooks';

const replayedInstant = new AsyncLocalStorage<Date>();

/**
 * The instant the data layer stamps on what it writes (timestamps, audit events, working-day
 * clocks). Normally the wall clock; while the demo seed replays the zone's history through the
 * real workflow, the instant each step happened.
 */
export function currentInstant(): Date {
  const replayed = replayedInstant.getStore();
  return replayed ? new Date(replayed) : new Date();
}

/** Runs `work` as if it happened at `at` (the demo seed's replay of past cases). */
export function atInstant<T>(at: Date, work: () => Promise<T>): Promise<T> {
  return replayedInstant.run(at, work);
}
