import { Prisma } from '@/lib/generated/prisma/client';
import type { OfferKind, OfferStatus } from '@/lib/generated/prisma/enums';
import type { Wait } from '@/lib/offers/waiting';
import { orgName } from '@/lib/partners/names';
import { categoryLabel } from '@/lib/partners/categories';
import { nl } from '@/lib/i18n/nl';
import { OFFER_TYPES, type Bucket } from './filters';
import { editorList, partnerSearch, type ListQuery, type RawRow } from './list';

// The workspace's list of offers (/redactie/aanbod): every credit listing and discount action the
// editors have had, the partner's proposals still in the wizard aside. The buckets (ADR 0027), first
// match wins:
//   inactief   the organisation is deactivated
//   afgewezen  the editors refused the proposal (REJECTED)
//   afgelopen  the organisation ended the partnership, the offer was withdrawn or retracted
//   nieuw      SUBMITTED and never published: a proposal no editor has saved yet
//   redactie   SUBMITTED (a change of what is online), DRAFT or CHANGES_REQUESTED: waits on the editors
//   partner    AWAITING_PARTNER: waits on the partner's approval
//   afgelopen  PUBLISHED, past its last day
//   loopt-af   PUBLISHED, its last day within 14 days
//   online     PUBLISHED otherwise
// How long it waits is `statusSince`: since the partner handed it to the editors, or the editors asked
// the partner's approval (lib/offers/transitions.ts).

/** Days before its last day that an online action is "ending soon". */
export const ENDING_SOON_DAYS = 14;

const bucketOf = (today: string) => Prisma.sql`CASE
    WHEN g.status = 'INACTIVE' THEN 'inactief'
    WHEN o.status = 'REJECTED' THEN 'afgewezen'
    WHEN g.status = 'CLOSED' OR o.status IN ('WITHDRAWN', 'RETRACTED') THEN 'afgelopen'
    WHEN o.status = 'SUBMITTED' AND o."publishedAt" IS NULL THEN 'nieuw'
    WHEN o.status IN ('SUBMITTED', 'DRAFT', 'CHANGES_REQUESTED') THEN 'redactie'
    WHEN o.status = 'AWAITING_PARTNER' THEN 'partner'
    WHEN o."validUntil" < ${today}::date THEN 'afgelopen'
    WHEN o."validUntil" <= ${today}::date + ${ENDING_SOON_DAYS}::int THEN 'loopt-af'
    ELSE 'online'
  END`;

/**
 * The statuses an offer of a bucket can have: a condition beside the bucket's own (which is exact)
 * that the index on (status, statusSince) can use. Null: any status (it is the organisation's).
 */
const STATUSES_OF: Record<Bucket, OfferStatus[] | null> = {
  nieuw: ['SUBMITTED'],
  redactie: ['SUBMITTED', 'DRAFT', 'CHANGES_REQUESTED'],
  partner: ['AWAITING_PARTNER'],
  online: ['PUBLISHED'],
  'loopt-af': ['PUBLISHED'],
  afgelopen: null,
  afgewezen: ['REJECTED'],
  inactief: null,
};

const offersQuery: ListQuery = {
  rows: (filters, today) => {
    const conditions = [Prisma.sql`o.status <> 'PROPOSAL'`];
    const statuses = filters.status && STATUSES_OF[filters.status];
    if (statuses) conditions.push(Prisma.sql`o.status::text IN (${Prisma.join(statuses)})`);
    // The partner's category ("soort aanbieder"), as in the partner list: the offer's own is in its
    // content, which the counts would have to read for every offer (ADR 0027).
    if (filters.categorie) conditions.push(Prisma.sql`g.category = ${filters.categorie}`);
    const kind = OFFER_TYPES[filters.soort as keyof typeof OFFER_TYPES];
    if (kind) conditions.push(Prisma.sql`o.kind = ${kind}::"OfferKind"`);
    if (filters.zoek) conditions.push(partnerSearch(filters.zoek));
    return Prisma.sql`
      SELECT o.id, b.bucket,
        CASE WHEN b.bucket IN ('nieuw', 'redactie') THEN 'editors' WHEN b.bucket = 'partner' THEN 'partner' END AS waiting_on,
        -- An action past its last day ended the day after it.
        CASE WHEN b.bucket = 'afgelopen' AND o.status = 'PUBLISHED' THEN (o."validUntil" + 1)::timestamp ELSE o."statusSince" END AS since
      FROM "Offer" o
      JOIN "Organisation" g ON g.id = o."organisationId"
      CROSS JOIN LATERAL (SELECT ${bucketOf(today)} AS bucket) b
      WHERE ${Prisma.join(conditions, ' AND ')}`;
  },
  details: (page) => Prisma.sql`
    SELECT p.*, o.kind::text AS kind, o.status::text AS offer_status, o."organisationId" AS organisation_id,
      o.content->>'title' AS title, o."validUntil" AS valid_until, (o."publishedAt" IS NOT NULL) AS online,
      g."legalName" AS legal_name, g."displayName" AS display_name, g."kvkNumber" AS kvk_number, g."visitCity" AS place,
      g.category
    FROM (${page}) p
    JOIN "Offer" o ON o.id = p.id
    JOIN "Organisation" g ON g.id = o."organisationId"`,
};

type RawOffer = RawRow & {
  kind: OfferKind;
  offer_status: OfferStatus;
  organisation_id: string;
  title: string | null;
  valid_until: Date | null;
  online: boolean;
  legal_name: string;
  display_name: string | null;
  kvk_number: string;
  place: string;
  category: string;
};

/** One line of the offer list (and of its export). */
export type OfferRow = {
  id: string;
  href: string;
  title: string;
  partner: string;
  kvkNumber: string;
  place: string;
  kind: OfferKind;
  type: string;
  category: string;
  bucket: Bucket;
  /** The bucket, with the offer's own status where that says more ("Concept", "Partner heeft gereageerd"). */
  status: string;
  online: boolean;
  validUntil: string | null;
  since: Date;
  wait: Wait | null;
};

function toRow(r: RawOffer, wait: Wait | null): OfferRow {
  const t = nl.workspace;
  const detail = r.bucket === 'redactie' || r.bucket === 'afgelopen' ? nl.offer.statuses[r.offer_status] : null;
  return {
    id: r.id,
    // A credit listing is written on its partner's page; an action has its own.
    href: r.kind === 'CREDIT_LISTING' ? `/redactie/partners/${r.organisation_id}` : `/redactie/acties/${r.id}`,
    title: r.title ?? '',
    partner: orgName({ legalName: r.legal_name, displayName: r.display_name }),
    kvkNumber: r.kvk_number,
    place: r.place,
    kind: r.kind,
    type: nl.offer.kinds[r.kind],
    category: categoryLabel(r.category),
    bucket: r.bucket,
    // The wait column says on whom it waits; a row waiting on the editors says where it is with them.
    status:
      r.bucket === 'redactie' && detail
        ? detail
        : detail && detail !== t.buckets[r.bucket]
          ? `${t.buckets[r.bucket]}: ${detail.toLowerCase()}`
          : t.buckets[r.bucket],
    online: r.online && r.bucket !== 'online' && r.bucket !== 'loopt-af',
    validUntil: r.valid_until ? r.valid_until.toISOString().slice(0, 10) : null,
    since: r.since,
    wait,
  };
}

/** The offer list: a page with its counts, every row (the export), the counts alone (the dashboard); editors only. */
const offersList = editorList(offersQuery, toRow);
export const workspaceOffers = offersList.page;
export const allWorkspaceOffers = offersList.all;
export const workspaceOfferCounts = offersList.counts;
