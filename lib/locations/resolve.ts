// Which locations an offer applies to (ADR 0036). The offer's content names them: "all" (also the
// ones added later) or a list of ids. Content from before locations existed names none: it applies
// where its own address is — the location with that postcode, number and addition (the migration made
// one for every such address), or, should there be none, that address on its own.

export type OfferLocations = 'all' | string[];

type Address = { street: string; houseNumber: string; addition: string; postcode: string; city: string };

const key = (a: Pick<Address, 'postcode' | 'houseNumber' | 'addition'>) =>
  `${a.postcode.replace(/\s+/g, '').toUpperCase()} ${a.houseNumber.trim()} ${a.addition.trim().toLowerCase()}`;

/** The same place: postcode (any spacing or case), house number and addition. */
export const sameAddress = (
  a: Pick<Address, 'postcode' | 'houseNumber' | 'addition'>,
  b: Pick<Address, 'postcode' | 'houseNumber' | 'addition'>,
) => key(a) === key(b);

/**
 * The locations of `all` (the partner's, in their order) that an offer with this content applies to.
 * An id that is no longer the partner's is left out; when none is left, the content's own address
 * decides, as for content from before locations.
 */
export function locationsOfOffer<L extends Address & { id: string }>(
  content: { locations?: OfferLocations; address: Address },
  all: readonly L[],
): L[] {
  if (content.locations === 'all') return [...all];
  if (Array.isArray(content.locations)) {
    const chosen = all.filter((l) => content.locations!.includes(l.id));
    if (chosen.length) return chosen;
  }
  return all.filter((l) => sameAddress(l, content.address));
}
