// Counts events per key in a sliding window, in this process's memory. One app process here;
// with several instances this moves to the database or Redis.
export function createLimiter(max: number, windowMs: number) {
  const events = new Map<string, number[]>();
  const recent = (key: string, now: number) => {
    const list = (events.get(key) ?? []).filter((t) => now - t < windowMs);
    if (list.length) events.set(key, list);
    else events.delete(key);
    return list;
  };
  return {
    /** Whether the key has used up its events in the window. */
    isLimited: (key: string, now = Date.now()) => recent(key, now).length >= max,
    record: (key: string, now = Date.now()) => void events.set(key, [...recent(key, now), now]),
    clear: (key: string) => void events.delete(key),
  };
}
