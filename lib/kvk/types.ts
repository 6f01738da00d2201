import type { Address, UnavailableReason } from '@/lib/geo';

// A registration in the KvK's Handelsregister, for a KvK number: the legal name and the visiting
// address the registration form asks for. One interface, as lib/geo's Geocoder: the KvK API's
// Basisprofiel now (./basisprofiel.ts), a fake in tests (tests/support/kvk-replay.ts); ADR 0035.

export type { UnavailableReason };

/** A Dutch visiting address, as the form's fields have it; the register gives no point, so no coordinates. */
export type KvkAddress = Omit<Address, 'latitude' | 'longitude'>;

export type KvkRegistration = {
  /** Eight digits. */
  kvkNumber: string;
  /** The statutory name (a BV, a stichting), else the name the KvK registers the business under (an eenmanszaak). */
  legalName: string;
  /** Absent when the register has no Dutch visiting address we can fill in: abroad, shielded, a PO box, incomplete. */
  visitAddress?: KvkAddress;
};

export type KvkLookup =
  | { status: 'found'; registration: KvkRegistration }
  /** No registration with this number (or none the KvK may give out). */
  | { status: 'not-found' }
  /** The register did not answer usably: the form is then filled in by hand. */
  | { status: 'unavailable'; reason: UnavailableReason }
  /** The input is no KvK number; it was not sent anywhere. The message is the form's, in Dutch. */
  | { status: 'invalid'; message: string };

export interface KvkRegister {
  readonly name: string;
  lookup(kvkNumber: string): Promise<KvkLookup>;
}
