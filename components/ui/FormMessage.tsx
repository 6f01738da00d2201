'use client';

import Link from 'next/link';
import { useEffect, useLayoutEffect, useReducer, useRef, useState, type MouseEvent } from 'react';
import { usePortalText } from '@/components/i18n/PortalLocale';
import type { FieldErrors } from '@/lib/forms';

type Answer = { ok: boolean; message?: string; fieldErrors?: FieldErrors; link?: { href: string; text: string } };
type Item = { href: string; target: string; text: string };

/**
 * The answer to a form, at its top: a confirmation, an error, or — after a refused submit — a summary
 * of every field's error as links in page order (as GOV.UK and NL Design System forms do). After each
 * answer, and after the browser refuses a submit, focus moves here: a screen reader reads it once,
 * because it is no live region (the form may be mounted anew with each answer, and a live region
 * plus role=status would read it twice).
 *
 * The summary is read from the page, not from the schema: the fields' own messages (`<name>-error`,
 * see Field.tsx) in the order they stand, whichever component drew them.
 */
export function FormMessage({ state }: { state: Answer }) {
  const t = usePortalText();
  const ref = useRef<HTMLDivElement>(null);
  const [items, setItems] = useState<Item[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const focusNext = useRef(false);
  const [, recheck] = useReducer((n: number) => n + 1, 0);

  // A new answer from the server: focus it once it is drawn (the layout effect below, same commit).
  const answered = useRef(state);
  useLayoutEffect(() => {
    if (answered.current === state) return;
    answered.current = state;
    focusNext.current = true;
  });
  useEffect(() => {
    if (state.message || Object.keys(state.fieldErrors ?? {}).length) {
      focusNext.current = true;
      recheck();
    }
    // Only on mount: a form mounted anew with an answer (useFormFeedback's formKey).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A submit the browser refused (useFormFeedback prevents it): focus the summary of its errors.
  useEffect(() => {
    const form = ref.current?.closest('form');
    if (!form) return;
    const onSubmit = (event: Event) => {
      setSubmitted(true);
      // React's handler runs after this one (it listens at the root): look when it is done.
      requestAnimationFrame(() => {
        if (event.defaultPrevented) {
          focusNext.current = true;
          recheck();
        }
      });
    };
    form.addEventListener('submit', onSubmit);
    return () => form.removeEventListener('submit', onSubmit);
  }, []);

  const showSummary = submitted || Object.keys(state.fieldErrors ?? {}).length > 0;
  // After every render, on purpose: the fields' messages may change with any render of the form,
  // and setItems runs only when the list read from the page differs, so it settles in one pass.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const form = ref.current?.closest('form');
    const found = showSummary && form ? errorsIn(form) : [];
    if (JSON.stringify(found) !== JSON.stringify(items)) {
      setItems(found); // drawn again, then this runs once more
      return;
    }
    if (focusNext.current) {
      focusNext.current = false;
      const answer = ref.current;
      if (answer?.childElementCount) {
        // From its top: a long summary would otherwise be scrolled to its middle.
        answer.focus({ preventScroll: true });
        answer.scrollIntoView({ block: 'start' });
      }
    }
  });

  // The server's "N velden kloppen nog niet" is what the summary's title says; any other message stays.
  const fieldMessage = state.message === t.app.fixErrors(Object.keys(state.fieldErrors ?? {}).length);
  let content = null;
  if (items.length) {
    content = (
      <div className="rounded-md border-l-4 border-danger bg-danger-light p-4 text-danger">
        {state.message && !fieldMessage && !state.ok ? <p className="mb-2 font-semibold">{state.message}</p> : null}
        <h2 className="text-lg font-bold">{t.app.errorSummary(items.length)}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {items.map((item) => (
            <li key={item.href}>
              <a href={item.href} onClick={(e) => goTo(e, item.target)} className="font-semibold text-danger hover:text-danger">
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  } else if (state.message) {
    const styles = state.ok ? 'border-ok bg-ok-light text-ok' : 'border-danger bg-danger-light text-danger';
    content = state.link ? (
      <div className={`rounded-md border-l-4 p-4 ${styles}`}>
        <p className="font-semibold whitespace-pre-line">{state.message}</p>
        <p className="mt-3">
          <Link href={state.link.href} className="font-semibold underline">
            {state.link.text}
          </Link>
        </p>
      </div>
    ) : (
      <p className={`rounded-md border-l-4 p-4 font-semibold ${styles}`}>{state.message}</p>
    );
  }
  return (
    <div ref={ref} tabIndex={-1} data-form-answer="" className="scroll-mt-4 focus:outline-none">
      {content}
    </div>
  );
}

/** The fields' messages shown in the form, in page order, each with the field it belongs to. */
function errorsIn(form: HTMLFormElement): Item[] {
  const items: Item[] = [];
  for (const message of form.querySelectorAll<HTMLElement>('[id$="-error"]')) {
    if (!message.getClientRects().length || !message.textContent?.trim()) continue;
    const name = message.id.slice(0, -'-error'.length);
    const field = document.getElementById(name) ?? form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
    const target = field?.id || message.id;
    items.push({ href: `#${target}`, target, text: message.textContent.trim() });
  }
  return items;
}

/** Focus the field and show its label (the link alone would scroll the label out of sight). */
function goTo(event: MouseEvent, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const label = (field as HTMLInputElement).labels?.[0] ?? field.closest('fieldset')?.querySelector('legend') ?? field;
  label.scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
  history.replaceState(null, '', `#${id}`);
}

/** After an answer, focus goes to the form's message; without one, to the first field in error. */
export function hasFormAnswer(form: HTMLFormElement | null): boolean {
  return Boolean(form?.querySelector('[data-form-answer]'));
}
