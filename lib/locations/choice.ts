import { z } from 'zod';
import type { FieldErrors } from '@/lib/forms';
import { nl } from '@/lib/i18n/nl';
import { locationsOfOffer, type OfferLocations } from './resolve';

// The choice of an offer's locations in a form (the editors' listing form, the partner's change of
// it, the wizard's contact step; issue 20): a radio `locations` ("all" / "chosen") and a checkbox
// `location.<id>` per location of the partner, so it works without JavaScript. The form's schema
// checks what it can alone (something chosen); `checkChoice` checks the ids against the partner's
// own locations on the server, where an id from a form is never trusted.

export const CHOICE_FIELD = 'locations';
const TICK = 'location.';
/** At most this many ticked locations are read from a form (the content's schema allows 50). */
const MAX_TICKED = 50;

/** The checkbox of one location. */
export const tickName = (id: string) => `${TICK}${id}`;

type Address = { street: string; houseNumber: string; addition: string; postcode: string; city: string };
/** A location as the choice needs it: its id and address (and a name to show). */
export type ChoosableLocation = Address & { id: string };

/** The ids ticked in a form, in the form's order (an id of more than 50 characters is none). */
export function tickedIds(values: Record<string, unknown>): string[] {
  return Object.entries(values)
    .filter(([key, value]) => key.startsWith(TICK) && (value === 'on' || value === true) && key.length - TICK.length <= 50)
    .map(([key]) => key.slice(TICK.length))
    .slice(0, MAX_TICKED);
}

/** The radio's value; '' (a partner without locations, where the form has none) is no choice. */
export const choiceMode = z.preprocess((v) => (v === '' ? undefined : v), z.enum(['all', 'chosen']).optional());

/** A stored choice as form values (the editors' form, a renewal's draft); none for content from before locations. */
export function choiceValues(locations: OfferLocations | undefined): Record<string, string> {
  if (locations === undefined) return {};
  if (locations === 'all') return { [CHOICE_FIELD]: 'all' };
  return { [CHOICE_FIELD]: 'chosen', ...Object.fromEntries(locations.map((id) => [tickName(id), 'on'])) };
}

/** The form's values without any ticked location (before the ticks of a new answer are put in). */
export function withoutTicks(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !key.startsWith(TICK)));
}

/** What a choice is made of: the radio, the ticked ids and (for content from before locations) the address. */
export type ChoiceInput = { mode?: 'all' | 'chosen'; ids: readonly string[]; address: Address };

const text = (values: Record<string, unknown>, key: string) => String(values[key] ?? '');

/** The choice in a form's values or a wizard's draft, as typed. */
export function choiceInput(values: Record<string, unknown>): ChoiceInput {
  const mode = values[CHOICE_FIELD];
  return {
    mode: mode === 'all' || mode === 'chosen' ? mode : undefined,
    ids: tickedIds(values),
    address: {
      street: text(values, 'street'),
      houseNumber: text(values, 'houseNumber'),
      addition: text(values, 'addition'),
      postcode: text(values, 'postcode'),
      city: text(values, 'city'),
    },
  };
}

/**
 * What the form shows as chosen: the choice as typed or stored; where none was made (content or a
 * draft from before locations), the location at its address — what the page showed — else all.
 */
export function shownChoice(input: ChoiceInput, all: readonly ChoosableLocation[]): { mode: 'all' | 'chosen'; ids: string[] } {
  if (input.mode === 'all') return { mode: 'all', ids: [] };
  if (input.mode === 'chosen') return { mode: 'chosen', ids: [...input.ids] };
  const at = locationsOfOffer({ address: input.address }, all);
  return at.length ? { mode: 'chosen', ids: at.map((l) => l.id) } : { mode: 'all', ids: [] };
}

export type CheckedChoice = { ok: true; locations: OfferLocations; address: Address } | { ok: false; errors: FieldErrors };

/**
 * The choice checked against the partner's own locations (`all`, in their order, the first is the
 * visiting address): what the content stores — the choice, and as its address the first chosen
 * location's (the catalog card's place, the history and older code read it) — or the error next
 * to the field. Call only for a partner with locations.
 */
export function checkChoice(input: ChoiceInput, all: readonly ChoosableLocation[]): CheckedChoice {
  const t = nl.offerLocations;
  const { mode, ids } = shownChoice(input, all);
  if (mode === 'all') return { ok: true, locations: 'all', address: pickAddress(all[0]) };
  if (!ids.length) return { ok: false, errors: { [CHOICE_FIELD]: [t.noneChosen] } };
  if (ids.some((id) => !all.some((l) => l.id === id))) return { ok: false, errors: { [CHOICE_FIELD]: [t.notOwn] } };
  const chosen = all.filter((l) => ids.includes(l.id));
  return { ok: true, locations: chosen.map((l) => l.id), address: pickAddress(chosen[0]) };
}

const pickAddress = ({ street, houseNumber, addition, postcode, city }: Address): Address => ({
  street,
  houseNumber,
  addition,
  postcode,
  city,
});
