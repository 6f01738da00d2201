'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';

// What the address and KvK lookups share (components/ui/AddressLookup.tsx, KvkLookup.tsx): they
// listen to plain inputs that work by hand (also without JavaScript), ask a route of ours a while
// after the person stops typing, fill fields from the answer — never one the person typed in — and
// say what they found, or why not, in a polite live region.

export type UntypedFiller = {
  /** Sets the field to the value, unless it was typed in, already has that value, or there is no value. */
  fill: (el: HTMLInputElement | null | undefined, value: string | undefined) => void;
  /** Stops listening. */
  dispose: () => void;
};

/**
 * Tracks which of these fields the person typed in. A value set through `fill` fires an input event
 * (for whatever listens to the form, such as a draft saved as one types) that does not count as typed.
 */
export function untypedFiller(watched: Array<HTMLInputElement | null | undefined>): UntypedFiller {
  const typed = new Set<HTMLInputElement>();
  let filling = false;
  const own = (e: Event) => {
    if (!filling) typed.add(e.target as HTMLInputElement);
  };
  const fields = watched.filter((el): el is HTMLInputElement => !!el);
  for (const el of fields) el.addEventListener('input', own);
  return {
    fill(el, value) {
      if (!el || !value || typed.has(el) || el.value === value) return;
      el.value = value;
      filling = true;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      filling = false;
    },
    dispose() {
      for (const el of fields) el.removeEventListener('input', own);
    },
  };
}

const WAIT_MS = 400;

/** Every answer of /api/adres and /api/kvk that is not a find carries its sentence (or an error for a 429). */
type NotFound = { found: false; message: string } | { unavailable: true; message: string } | { error: string } | { configured: false };

export type Lookup<F> = {
  /** The inputs whose typing asks again. */
  triggers: HTMLInputElement[];
  /** The inputs an answer may fill. */
  fillable: Array<HTMLInputElement | null>;
  /** What to ask, from the triggers' values; null when they are not complete or valid (nothing is asked). */
  question: () => string | null;
  /** The route's URL for that question. */
  url: (question: string) => string;
  /** Fills what was found; returns the sentence that says it. */
  found: (answer: F, filler: UntypedFiller) => string;
};

/**
 * The lookup of a group of inputs: `scope` finds them from the status paragraph (its form or
 * fieldset); `searching` and `unavailable` are the lookup's sentences. Returns the paragraph's ref
 * and what it says.
 */
export function useLookup<F extends { found: true }>(
  scope: (anchor: HTMLElement) => Lookup<F> | null,
  sentences: { searching: string; unavailable: string },
  deps: readonly unknown[],
): [RefObject<HTMLParagraphElement | null>, string] {
  const anchor = useRef<HTMLParagraphElement>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const lookup = anchor.current && scope(anchor.current);
    if (!lookup) return;
    const filler = untypedFiller(lookup.fillable);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asked = '';
    let controller: AbortController | undefined;
    const lookUp = async () => {
      const question = lookup.question();
      if (!question || question === asked) return;
      asked = question;
      controller?.abort();
      controller = new AbortController();
      setStatus(sentences.searching);
      try {
        const response = await fetch(lookup.url(question), { signal: controller.signal });
        const answer = (await response.json()) as F | NotFound;
        if ('found' in answer && answer.found) setStatus(lookup.found(answer as F, filler));
        else if ('message' in answer) setStatus(answer.message);
        else if ('error' in answer && response.status === 429) setStatus(answer.error);
        else setStatus('');
      } catch (error) {
        if ((error as Error).name !== 'AbortError') setStatus(sentences.unavailable);
      }
    };
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(lookUp, WAIT_MS);
    };
    for (const el of lookup.triggers) {
      el.addEventListener('input', soon);
      el.addEventListener('change', lookUp);
    }
    return () => {
      clearTimeout(timer);
      controller?.abort();
      filler.dispose();
      for (const el of lookup.triggers) {
        el.removeEventListener('input', soon);
        el.removeEventListener('change', lookUp);
      }
    };
    // The scope and sentences are the caller's constants; deps says what they read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  return [anchor, status];
}
