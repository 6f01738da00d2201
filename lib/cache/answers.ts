// Answers of an outside register (PDOK's addresses, KvK's registrations) kept in memory a while, so
// that a person who retypes a postcode or a KvK number, or goes back a step, is answered without a
// second request. In-process and small: each instance its own. How long each kind of answer is kept
// is the caller's choice, per status; a status without a time ("unavailable": the next try may well
// get through) is never kept.

export type AnswerCache<T> = {
  /** The kept answer for `key`, or `ask()`'s; two identical questions at once share one `ask()`. */
  get(key: string, ask: () => Promise<T>): Promise<T>;
};

export function answerCache<T extends { status: string }>(options: {
  /** Milliseconds each status is kept; a missing or 0 one is not kept. */
  ttlMs: Partial<Record<T['status'], number>>;
  maxEntries?: number;
  now?: () => number;
}): AnswerCache<T> {
  const maxEntries = options.maxEntries ?? 1_000;
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on use makes the first key the least recently used.
  const entries = new Map<string, { answer: T; expires: number }>();
  // Two identical questions at once (a blur and a submit) make one request.
  const inFlight = new Map<string, Promise<T>>();

  const remember = (key: string, answer: T) => {
    const ttl = options.ttlMs[answer.status as T['status']] ?? 0;
    if (!ttl) return;
    entries.delete(key);
    entries.set(key, { answer, expires: now() + ttl });
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  };

  return {
    get(key, ask) {
      const kept = entries.get(key);
      if (kept && kept.expires > now()) {
        entries.delete(key);
        entries.set(key, kept);
        return Promise.resolve(kept.answer);
      }
      if (kept) entries.delete(key);

      let pending = inFlight.get(key);
      if (!pending) {
        pending = ask()
          .then((answer) => {
            remember(key, answer);
            return answer;
          })
          .finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },
  };
}
