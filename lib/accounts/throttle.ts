import { createLimiter } from '@/lib/rate-limit';

// Failed logins per username/e-mail: after MAX_FAILURES within the window, further attempts are
// refused without checking the password.
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;

const failures = createLimiter(MAX_FAILURES, WINDOW_MS);

export const isThrottled = (key: string, now?: number) => failures.isLimited(key, now);
export const recordFailure = (key: string, now?: number) => failures.record(key, now);
export const clearFailures = (key: string) => failures.clear(key);
