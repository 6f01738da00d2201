'use client';

import { usePortalText } from '@/components/i18n/PortalLocale';
import { kvkNumber as kvkRule } from '@/lib/partners/schema';
import { useLookup } from './lookup';

// The registration's KvK number fills the legal name and the visiting address from the KvK's
// register (GET /api/kvk, ADR 0035); only rendered when a KVK_API_KEY is configured. Like the address
// lookup it only listens to plain inputs that work by hand, never overwrites what the person typed,
// and says what it found, or why not, in a polite live region under the number.

type Found = {
  found: true;
  legalName: string;
  visitAddress?: { street: string; houseNumber: string; houseNumberAddition?: string; postcode: string; city: string };
};

/** Under the field `kvkNumber` of a form with `legalName` and the `visit…` address fields. */
export function KvkLookup({ id }: { id: string }) {
  const t = usePortalText().kvkLookup;
  const [anchor, status] = useLookup<Found>(
    (from) => {
      const form = from.closest('form');
      const input = (name: string) => form?.querySelector<HTMLInputElement>(`input[name="${name}"]`) ?? null;
      const number = input('kvkNumber');
      if (!number) return null;
      const [legalName, street, houseNumber, addition, postcode, city] = [
        'legalName',
        'visitStreet',
        'visitHouseNumber',
        'visitAddition',
        'visitPostcode',
        'visitCity',
      ].map(input);
      return {
        triggers: [number],
        // The city starts as "Dordrecht" (most partners are there): that is not typed, so the register's may replace it.
        fillable: [legalName, street, houseNumber, addition, postcode, city],
        question: () => {
          const parsed = kvkRule.safeParse(number.value);
          return parsed.success ? parsed.data : null;
        },
        url: (kvkNumber) => `/api/kvk?${new URLSearchParams({ kvkNummer: kvkNumber })}`,
        found: (answer, filler) => {
          filler.fill(legalName, answer.legalName);
          const a = answer.visitAddress;
          if (!a) return t.foundNoAddress(answer.legalName);
          filler.fill(postcode, a.postcode);
          filler.fill(houseNumber, a.houseNumber);
          filler.fill(addition, a.houseNumberAddition);
          filler.fill(street, a.street);
          filler.fill(city, a.city);
          return t.found(answer.legalName);
        },
      };
    },
    t,
    [],
  );

  return (
    <p ref={anchor} id={id} role="status" aria-live="polite" className="text-sm text-muted empty:hidden">
      {status}
    </p>
  );
}
