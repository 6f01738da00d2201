import { Prisma } from '@/lib/generated/prisma/client';
import type { OrganisationStatus, PartnerType } from '@/lib/generated/prisma/enums';
import type { Wait } from '@/lib/offers/waiting';
import { orgName } from '@/lib/partners/names';
import { categoryLabel } from '@/lib/partners/categories';
import { nl } from '@/lib/i18n/nl';
import { PARTNER_TYPES, type Bucket } from './filters';
import { editorList, partnerSearch, type ListQuery, type RawRow } from './list';
import { ENDING_SOON_DAYS } from './offers';

// The workspace's list of partners (/redactie/partners). A partner's bucket (ADR 0027), first match wins:
//   inactief   deactivated by the editors (INACTIVE)
//   afgewezen  its registration was refused (REJECTED)
//   afgelopen  it ended the partnership (CLOSED)
//   nieuw      a registration: the e-mail address not confirmed yet (REGISTERED, waits on the partner
//              since it registered), or confirmed with nothing of it ever sent for approval or online,
//              or a partner of credit whose listing was never sent (its discount action may be online:
//              the editors still write its listing). Waits on the editors since it confirmed or a
//              proposal came in; a partner of discounts only with no proposal submitted waits on nobody
//   redactie   an offer of it waits on the editors (the longest waiting one counts)
//   partner    an offer of it waits on the partner
//   online     something of it is online that does not end within 14 days
//   loopt-af   what it has online all ends within 14 days
//   afgelopen  nothing online any more, nothing waiting

const bucketOf = Prisma.sql`CASE
    WHEN g.status = 'INACTIVE' THEN 'inactief'
    WHEN g.status = 'REJECTED' THEN 'afgewezen'
    WHEN g.status = 'CLOSED' THEN 'afgelopen'
    WHEN g.status = 'REGISTERED' OR NOT COALESCE(a.started, FALSE) THEN 'nieuw'
    WHEN g."partnerType" <> 'DISCOUNT' AND NOT a.listing_started THEN 'nieuw'
    WHEN a.editors_since IS NOT NULL THEN 'redactie'
    WHEN a.partner_since IS NOT NULL THEN 'partner'
    WHEN a.online_long THEN 'online'
    WHEN a.online THEN 'loopt-af'
    ELSE 'afgelopen'
  END`;

/** The organisation statuses of a bucket's partners: a condition beside the bucket's own that narrows the rows early. */
const STATUSES_OF: Record<Bucket, OrganisationStatus[]> = {
  nieuw: ['REGISTERED', 'CONFIRMED'],
  redactie: ['CONFIRMED'],
  partner: ['CONFIRMED'],
  online: ['CONFIRMED'],
  'loopt-af': ['CONFIRMED'],
  afgelopen: ['CLOSED', 'CONFIRMED'],
  afgewezen: ['REJECTED'],
  inactief: ['INACTIVE'],
};

/** An offer that was ever sent to the partner for approval, or online. */
const everSent = Prisma.sql`(o.status IN ('AWAITING_PARTNER', 'CHANGES_REQUESTED', 'PUBLISHED', 'WITHDRAWN')
  OR o."publishedAt" IS NOT NULL OR o."sentVersion" IS NOT NULL)`;

const partnersQuery: ListQuery = {
  rows: (filters, today) => {
    const conditions = [Prisma.sql`TRUE`];
    if (filters.status) conditions.push(Prisma.sql`g.status::text IN (${Prisma.join(STATUSES_OF[filters.status])})`);
    if (filters.categorie) conditions.push(Prisma.sql`g.category = ${filters.categorie}`);
    const type = PARTNER_TYPES[filters.soort as keyof typeof PARTNER_TYPES];
    if (type) conditions.push(Prisma.sql`g."partnerType" = ${type}::"PartnerType"`);
    if (filters.zoek) conditions.push(partnerSearch(filters.zoek));
    const onlineNow = Prisma.sql`o."publishedAt" IS NOT NULL AND o.status <> 'WITHDRAWN' AND (o."validUntil" IS NULL OR o."validUntil" >= ${today}::date)`;
    // Per organisation, over its offers (the wizard's proposals aside; by the index on organisationId,
    // so that a search or filter reads only its partners' offers): the oldest wait on each side,
    // whether anything was ever sent or online, what is online now.
    return Prisma.sql`
      SELECT g.id, b.bucket,
        CASE
          WHEN b.bucket = 'nieuw' AND g.status = 'REGISTERED' THEN 'partner'
          WHEN b.bucket = 'nieuw' AND g."partnerType" = 'DISCOUNT' AND a.editors_since IS NULL THEN NULL
          WHEN b.bucket IN ('nieuw', 'redactie') THEN 'editors'
          WHEN b.bucket = 'partner' THEN 'partner'
        END AS waiting_on,
        CASE b.bucket
          -- Since it confirmed, or since a proposal of it came in, whichever was first.
          WHEN 'nieuw' THEN LEAST(COALESCE(g."confirmedAt", g."createdAt"), a.editors_since)
          WHEN 'redactie' THEN a.editors_since
          WHEN 'partner' THEN a.partner_since
          WHEN 'inactief' THEN COALESCE(g."deactivatedAt", g."updatedAt")
          WHEN 'afgewezen' THEN COALESCE(g."rejectedAt", g."updatedAt")
          ELSE COALESCE(g."closedAt", a.last_change, g."updatedAt")
        END AS since
      FROM "Organisation" g
      CROSS JOIN LATERAL (
        SELECT
          MIN(o."statusSince") FILTER (WHERE o.status IN ('SUBMITTED', 'DRAFT', 'CHANGES_REQUESTED')) AS editors_since,
          MIN(o."statusSince") FILTER (WHERE o.status = 'AWAITING_PARTNER') AS partner_since,
          bool_or(${everSent}) AS started,
          COALESCE(bool_or(o.kind = 'CREDIT_LISTING' AND ${everSent}), FALSE) AS listing_started,
          bool_or(${onlineNow}) AS online,
          bool_or(${onlineNow} AND (o."validUntil" IS NULL OR o."validUntil" > ${today}::date + ${ENDING_SOON_DAYS}::int)) AS online_long,
          MAX(o."statusSince") AS last_change
        FROM "Offer" o
        WHERE o."organisationId" = g.id AND o.status <> 'PROPOSAL'
      ) a
      CROSS JOIN LATERAL (SELECT ${bucketOf} AS bucket) b
      WHERE ${Prisma.join(conditions, ' AND ')}`;
  },
  details: (page) => Prisma.sql`
    SELECT p.*, g."legalName" AS legal_name, g."displayName" AS display_name, g."kvkNumber" AS kvk_number,
      g."visitCity" AS place, g."partnerType"::text AS partner_type, g.category, g.status::text AS org_status
    FROM (${page}) p
    JOIN "Organisation" g ON g.id = p.id`,
};

type RawPartner = RawRow & {
  legal_name: string;
  display_name: string | null;
  kvk_number: string;
  place: string;
  partner_type: PartnerType;
  category: string;
  org_status: OrganisationStatus;
};

/** One line of the partner list (and of its export). */
export type PartnerRow = {
  id: string;
  href: string;
  name: string;
  /** The registered name, when the site shows another. */
  legalName: string | null;
  kvkNumber: string;
  place: string;
  partnerType: PartnerType;
  type: string;
  category: string;
  bucket: Bucket;
  status: string;
  since: Date;
  wait: Wait | null;
};

function toRow(r: RawPartner, wait: Wait | null): PartnerRow {
  const name = orgName({ legalName: r.legal_name, displayName: r.display_name });
  const t = nl.workspace;
  return {
    id: r.id,
    href: `/redactie/partners/${r.id}`,
    name,
    legalName: name === r.legal_name ? null : r.legal_name,
    kvkNumber: r.kvk_number,
    place: r.place,
    partnerType: r.partner_type,
    type: nl.partnerTypeShort[r.partner_type],
    category: categoryLabel(r.category),
    bucket: r.bucket,
    status: r.org_status === 'REGISTERED' ? `${t.buckets.nieuw}: ${nl.editorHome.statuses.REGISTERED.toLowerCase()}` : t.buckets[r.bucket],
    since: r.since,
    wait,
  };
}

/** The partner list: a page with its counts, every row (the export), the counts alone (the dashboard); editors only. */
const partnersList = editorList(partnersQuery, toRow);
export const workspacePartners = partnersList.page;
export const allWorkspacePartners = partnersList.all;
export const workspacePartnerCounts = partnersList.counts;
