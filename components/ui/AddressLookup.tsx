'use client';

import { useEffect, useRef, useState } from 'react';
import { nl } from '@/lib/i18n/nl';
import { HOUSE_NUMBER, postcode as postcodeRule } from '@/lib/partners/schema';

// The Dutch form pattern (issue 20, ADR 0034): postcode and house number typed, street and city
// filled in from GET /api/adres (PDOK Locatieserver). Progressive: the fields are plain inputs that
// work by hand (also without JavaScript); this only listens to them. It never overwrites what the
// person typed: a field they typed in is theirs. What it found, or why it found nothing, is said in
// a polite live region under the fields.

const WAIT_MS = 400;

type Names = { street: string; houseNumber: string; addition: string; postcode: string; city: string };
type Found = { found: true; street: string; houseNumber: string; houseNumberAddition?: string; postcode: string; city: string };
type Answer = Found | { found: false; message: string } | { unavailable: true; message: string } | { error: string };

const t = nl.addressLookup;

export function AddressLookup({ names, id }: { names: Names; id: string }) {
  const anchor = useRef<HTMLParagraphElement>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const group = anchor.current?.closest('fieldset');
    if (!group) return;
    const input = (name: string) => group.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    const [postcode, houseNumber, addition, street, city] = [
      names.postcode,
      names.houseNumber,
      names.addition,
      names.street,
      names.city,
    ].map(input);
    if (!postcode || !houseNumber || !street || !city) return;

    // A field the person typed in is theirs (a value set from here fires no input event).
    const typed = new Set<HTMLInputElement>();
    let filling = false;
    const own = (e: Event) => {
      if (!filling) typed.add(e.target as HTMLInputElement);
    };
    for (const el of [street, city, addition]) el?.addEventListener('input', own);

    let timer: ReturnType<typeof setTimeout> | undefined;
    let asked = '';
    let controller: AbortController | undefined;
    const lookUp = async () => {
      const pc = postcode.value.trim();
      const nr = houseNumber.value.trim();
      // The form's own rules, which /api/adres applies too: what they refuse is never asked.
      if (!postcodeRule.safeParse(pc).success || !HOUSE_NUMBER.test(nr)) return;
      const question = `${pc.replace(' ', '').toUpperCase()}-${nr}`;
      if (question === asked) return;
      asked = question;
      controller?.abort();
      controller = new AbortController();
      setStatus(t.searching);
      try {
        const response = await fetch(`/api/adres?${new URLSearchParams({ postcode: pc, huisnummer: nr })}`, { signal: controller.signal });
        const answer = (await response.json()) as Answer;
        if ('found' in answer && answer.found) {
          const fill = (el: HTMLInputElement | null, value: string | undefined) => {
            if (!el || !value || typed.has(el) || el.value === value) return;
            el.value = value;
            // As typed, for whatever listens to the form (a draft saved as one types).
            filling = true;
            el.dispatchEvent(new Event('input', { bubbles: true }));
            filling = false;
          };
          fill(street, answer.street);
          fill(city, answer.city);
          fill(addition, answer.houseNumberAddition);
          setStatus(t.found(`${street.value} ${nr}${addition?.value ? ` ${addition.value}` : ''}, ${answer.postcode} ${city.value}`));
        } else if ('message' in answer) setStatus(answer.message);
        else if ('error' in answer && response.status === 429) setStatus(answer.error);
        else setStatus('');
      } catch (error) {
        if ((error as Error).name !== 'AbortError') setStatus(t.unavailable);
      }
    };
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(lookUp, WAIT_MS);
    };
    for (const el of [postcode, houseNumber]) {
      el.addEventListener('input', soon);
      el.addEventListener('change', lookUp);
    }
    return () => {
      clearTimeout(timer);
      controller?.abort();
      for (const el of [street, city, addition]) el?.removeEventListener('input', own);
      for (const el of [postcode, houseNumber]) {
        el.removeEventListener('input', soon);
        el.removeEventListener('change', lookUp);
      }
    };
  }, [names.street, names.houseNumber, names.addition, names.postcode, names.city]);

  return (
    <p ref={anchor} id={id} role="status" aria-live="polite" className="col-span-6 text-sm text-muted empty:hidden">
      {status}
    </p>
  );
}
