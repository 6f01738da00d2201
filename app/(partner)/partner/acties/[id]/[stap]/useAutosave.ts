'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { autosaveStepAction } from '@/lib/discounts/actions';
import { LOCALES } from '@/lib/i18n/locales';
import { usePortalLocale, usePortalText } from '@/components/i18n/PortalLocale';

export type AutosaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed'; message: string };

const QUIET_MS = 1200;

/**
 * Saves the wizard's form while the partner types: after a short pause, when a field is left, and
 * when the tab is hidden — one save at a time, each with the version the previous one returned, so
 * a closed tab loses at most what was typed in the last second.
 */
export function useAutosave(formRef: RefObject<HTMLFormElement | null>, serverVersion: number) {
  const failedText = usePortalText().discount.autosave.failed;
  const locale = usePortalLocale();
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  // The version to send next. Kept here, not in the DOM: React puts a hidden input's value back
  // on every render, and the page's version is older than the last automatic save.
  const [version, setVersion] = useState(serverVersion);
  const versionRef = useRef(serverVersion);
  const [seen, setSeen] = useState(serverVersion);
  if (seen !== serverVersion) {
    // A newer answer from the server (the form was sent): that is the version now.
    setSeen(serverVersion);
    setVersion(serverVersion);
  }
  useEffect(() => {
    versionRef.current = version;
  }, [version]);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);

  const saveOnce = useCallback(async () => {
    const form = formRef.current;
    if (!dirty.current || !form) return;
    dirty.current = false;
    setStatus({ kind: 'saving' });
    const data = new FormData(form);
    data.set('intent', 'autosave');
    data.set('version', String(versionRef.current));
    inFlight.current++;
    try {
      const result = await autosaveStepAction(data);
      if (result.ok) {
        versionRef.current = result.version;
        setVersion(result.version);
        setStatus({
          kind: 'saved',
          at: new Intl.DateTimeFormat(LOCALES[locale].intl, { hour: '2-digit', minute: '2-digit' }).format(new Date()),
        });
      } else {
        setStatus({ kind: 'failed', message: result.message });
      }
    } catch {
      dirty.current = true; // offline: try again with the next change
      setStatus({ kind: 'failed', message: failedText });
    } finally {
      inFlight.current--;
    }
  }, [formRef, failedText, locale]);

  /** Saves now what is not saved yet; resolves when every save so far is done. */
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    chain.current = chain.current.then(saveOnce);
    return chain.current;
  }, [saveOnce]);

  const onInput = useCallback(() => {
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, QUIET_MS);
  }, [flush]);

  const onChange = useCallback(() => {
    dirty.current = true;
    void flush();
  }, [flush]);

  useEffect(() => {
    const hidden = () => document.visibilityState === 'hidden' && void flush();
    document.addEventListener('visibilitychange', hidden);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      clearTimeout(timer.current);
    };
  }, [flush]);

  /** The form is being sent (which saves everything): no automatic save is needed any more. */
  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    dirty.current = false;
  }, []);

  /** A save is under way: the form must wait for it, or it would carry an old version. */
  const busy = useCallback(() => inFlight.current > 0, []);
  const settled = useCallback(() => chain.current, []);

  /** Puts the current version in the form right before it is sent. */
  const stamp = useCallback((form: HTMLFormElement) => {
    const input = form.elements.namedItem('version') as HTMLInputElement | null;
    if (input) input.value = String(versionRef.current);
  }, []);

  return { status, version, onInput, onChange, flush, cancel, busy, settled, stamp };
}
