// The address of a postcode and house number, from an external register. One interface, so that the
// registration form does not care which service answers: PDOK's Locatieserver (./pdok.ts). The
// KvK's registrations, by KvK number, have their own interface (lib/kvk, ADR 0035).

/** An address as the Dutch register has it. */
export type Address = {
  street: string;
  /** Digits only, as the form's house number field. */
  houseNumber: string;
  /** Huisletter and huisnummertoevoeging together ("A", "bis", "A-2"), as the form's one addition field; absent when there is none. */
  houseNumberAddition?: string;
  /** "3311 AB". */
  postcode: string;
  city: string;
  /** WGS84 (the register's centroid of the address). */
  latitude: number;
  longitude: number;
};

/** Why a lookup could not be answered; for the log, never shown. */
export type UnavailableReason = 'timeout' | 'network' | 'http' | 'invalid-response';

export type AddressLookup =
  | { status: 'found'; address: Address }
  | { status: 'not-found' }
  /** The service did not answer usably: the form is then filled in by hand. */
  | { status: 'unavailable'; reason: UnavailableReason }
  /** The input is no postcode or house number; it was not sent anywhere. Messages per field, in Dutch. */
  | { status: 'invalid'; fieldErrors: { postcode?: string; houseNumber?: string } };

/** A postcode's centre (the register's centroid of the postcode's addresses), for "bij mij in de buurt". */
export type PostcodePoint = { postcode: string; city: string; latitude: number; longitude: number };

export type PostcodeLookup =
  | { status: 'found'; point: PostcodePoint }
  | { status: 'not-found' }
  | { status: 'unavailable'; reason: UnavailableReason }
  /** Not a postcode; it was not sent anywhere. The Dutch message. */
  | { status: 'invalid'; message: string };

export interface Geocoder {
  readonly name: string;
  lookupAddress(postcode: string, houseNumber: string): Promise<AddressLookup>;
  /** Where a postcode is, without a house number ("3311 AB"). */
  lookupPostcode(postcode: string): Promise<PostcodeLookup>;
}
