'use client';

import { usePortalText } from '@/components/i18n/PortalLocale';
import { HOUSE_NUMBER, postcode as postcodeRule } from '@/lib/partners/schema';
import { useLookup } from './lookup';

// The Dutch form pattern (issue 20, ADR 0034): postcode and house number typed, street and city
// filled in from GET /api/adres (PDOK Locatieserver). Progressive: the fields are plain inputs that
// work by hand (also without JavaScript); this only listens to them. It never overwrites what the
// person typed: a field they typed in is theirs. What it found, or why it found nothing, is said in
// a polite live region under the fields.

type Names = { street: string; houseNumber: string; addition: string; postcode: string; city: string };
type Found = { found: true; street: string; houseNumber: string; houseNumberAddition?: string; postcode: string; city: string };

export function AddressLookup({ names, id }: { names: Names; id: string }) {
  const t = usePortalText().addressLookup;
  const [anchor, status] = useLookup<Found>(
    (from) => {
      const group = from.closest('fieldset');
      const input = (name: string) => group?.querySelector<HTMLInputElement>(`input[name="${name}"]`) ?? null;
      const [postcode, houseNumber, addition, street, city] = [
        names.postcode,
        names.houseNumber,
        names.addition,
        names.street,
        names.city,
      ].map(input);
      if (!postcode || !houseNumber || !street || !city) return null;
      return {
        triggers: [postcode, houseNumber],
        fillable: [street, city, addition],
        // The form's own rules, which /api/adres applies too: what they refuse is never asked.
        question: () => {
          const pc = postcode.value.trim();
          const nr = houseNumber.value.trim();
          return postcodeRule.safeParse(pc).success && HOUSE_NUMBER.test(nr) ? `${pc.replace(' ', '').toUpperCase()}-${nr}` : null;
        },
        url: (question) => {
          const [pc, nr] = question.split('-');
          return `/api/adres?${new URLSearchParams({ postcode: pc, huisnummer: nr })}`;
        },
        found: (answer, filler) => {
          filler.fill(street, answer.street);
          filler.fill(city, answer.city);
          filler.fill(addition, answer.houseNumberAddition);
          const nr = houseNumber.value.trim();
          return t.found(`${street.value} ${nr}${addition?.value ? ` ${addition.value}` : ''}, ${answer.postcode} ${city.value}`);
        },
      };
    },
    t,
    [names.street, names.houseNumber, names.addition, names.postcode, names.city],
  );

  return (
    <p ref={anchor} id={id} role="status" aria-live="polite" className="col-span-6 text-sm text-muted empty:hidden">
      {status}
    </p>
  );
}
