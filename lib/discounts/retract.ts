import type { OfferKind, OfferStatus } from '@/lib/generated/prisma/enums';
import { allows } from '@/lib/offers/transitions';

// "Voorstel intrekken" (ADR 0019): the rules Home shows and the service enforces, in one place.

/** A discount proposal that was never online, in a status the retract transition starts from. */
export function mayRetract(offer: { kind: OfferKind; status: OfferStatus; publishedAt: Date | null }): boolean {
  return offer.kind === 'DISCOUNT_ACTION' && !offer.publishedAt && allows('retract', offer.status);
}

/** Past SUBMITTED an editor has saved it: then the partner says why it is taken back. */
export const editorsStarted = (status: OfferStatus) => status !== 'SUBMITTED';

/** The shortest reason that says something ("minimaal 3 tekens" in nl.ts). */
export const RETRACT_REASON_MIN = 3;

/** Final proposals the partner goes on with as a copy: taken back (issue 17) or refused by the editors (issue 18). */
export const COPYABLE = ['RETRACTED', 'REJECTED'] as const satisfies readonly OfferStatus[];
