import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { toIsoDate, todayInDordrecht } from '@/lib/i18n/format';
import { enqueueMail } from '@/lib/mail/outbox';
import { mailsToEditors } from '@/lib/mail/recipients';
import type { SessionUser } from '@/lib/accounts/service';
import type { OfferKind, OfferStatus } from '@/lib/generated/prisma/enums';
import { syncCatalogEntry } from '@/lib/offers/catalog';
import { readContent } from '@/lib/offers/content';
import { allows, transition } from '@/lib/offers/transitions';
import { orgName } from '@/lib/partners/names';
import ActionEnded from '@/emails/ActionEnded';
import type { DiscountContent } from './content';

// "Actie beëindigen" (issue 17, ADR 0020): the partner ends a published discount action early by
// choosing a new last day. The rules Home shows and the service enforces are the first two functions;
// the public pages need nothing new, they already leave an action out the day after Offer.validUntil.

/** The last days the partner may choose, both included (YYYY-MM-DD, Dordrecht's calendar). */
export type EndRange = { min: string; max: string };

type Endable = { kind: OfferKind; status: OfferStatus; publishedAt: Date | null; validFrom: Date | null; validUntil: Date | null };

/**
 * The days a published discount action can be ended on: from today (or its first day, when it has not
 * started yet) up to its current last day. Null when it cannot be ended: not online (never published,
 * withdrawn), already over, or in a status the `end` transition does not start from.
 */
export function endRange(offer: Endable, today = todayInDordrecht()): EndRange | null {
  if (offer.kind !== 'DISCOUNT_ACTION' || !offer.publishedAt || !offer.validUntil || !allows('end', offer.status)) return null;
  const max = toIsoDate(offer.validUntil);
  const first = offer.validFrom ? toIsoDate(offer.validFrom) : today;
  const min = first > today ? first : today;
  return min <= max ? { min, max } : null;
}

/** May the partner end this action now (Home shows the form, the service takes it)? */
export const mayEnd = (offer: Endable, today = todayInDordrecht()): boolean => endRange(offer, today) !== null;

export type EndRefusal = 'forbidden' | 'not-found' | 'stale' | 'not-endable';

export type EndResult =
  | { ok: true; slug: string }
  | { ok: false; reason: EndRefusal }
  /** The last day is not a day of `range`: an error on the date field. */
  | { ok: false; reason: 'last-day'; range: EndRange };

/** The period cut at the last day: an editors' draft for later days ends then too (never before its first day). */
function cutAt(content: DiscountContent, lastDay: string): DiscountContent {
  const d = content.discount;
  if (d.validUntil <= lastDay) return content;
  return { ...content, discount: { ...d, validUntil: lastDay, validFrom: d.validFrom > lastDay ? lastDay : d.validFrom } };
}

/**
 * The partner ends one of its published discount actions on `lastDay`: the published content, the
 * public period and the catalog entry get the new last day; the working copy too when the editors'
 * draft runs longer, so that approving it later does not bring the action back. A pending approval
 * request lapses (its content changed). The editors get a mail with the reason, the history an entry.
 * No "afgelopen" notice follows: the partner ended it themselves.
 */
export async function endAction(
  actor: SessionUser,
  offerId: string,
  version: number,
  lastDay: string,
  reason: string,
  today = todayInDordrecht(),
): Promise<EndResult> {
  if (actor.role !== 'PARTNER' || !actor.organisationId) return { ok: false, reason: 'forbidden' };
  const offer = await prisma.offer.findFirst({
    where: { id: offerId, organisationId: actor.organisationId, kind: 'DISCOUNT_ACTION' },
    include: { organisation: { select: { displayName: true, legalName: true } } },
  });
  if (!offer) return { ok: false, reason: 'not-found' };
  const range = endRange(offer, today);
  if (!range) return { ok: false, reason: 'not-endable' };
  if (offer.version !== version) return { ok: false, reason: 'stale' };
  // ISO days compare as strings; anything else is no day of the range.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(lastDay) || lastDay < range.min || lastDay > range.max) return { ok: false, reason: 'last-day', range };
  const published = readContent('discount', offer.publishedContent, { offerId, column: 'Offer.publishedContent' });
  const working = readContent('discount', offer.content, { offerId, column: 'Offer.content' });
  if (!published || !working) return { ok: false, reason: 'not-found' };
  const online = { ...published, discount: { ...published.discount, validUntil: lastDay } };
  const content = cutAt(working, lastDay);
  const text = reason.trim();
  const approvalLapsed = offer.status === 'AWAITING_PARTNER';
  const name = orgName(offer.organisation);
  const mails = await mailsToEditors((s) => s.actionEnded(name), ActionEnded, {
    organisation: name,
    title: published.title,
    lastDay,
    reason: text,
    approvalLapsed,
    url: appUrl(`/redactie/acties/${offerId}`),
  });
  return prisma.$transaction(async (tx) => {
    const ended = await transition(tx, 'end', {
      actor,
      from: offer.status,
      offerId,
      where: { version, publishedAt: offer.publishedAt },
      data: {
        validUntil: new Date(lastDay),
        publishedContent: online,
        content,
        version: { increment: 1 },
        // No approval is pending any more (an AWAITING_PARTNER offer goes back to DRAFT).
        sentVersion: null,
        // Ended by the partner: the "afgelopen" mail after the last day would tell them what they did.
        expiryNoticeAt: new Date(),
      },
      // What the site shows from now on; the history reads the last day from it.
      event: { version: version + 1, content: online, ...(text ? { comment: text } : {}) },
      audit: { version: version + 1, lastDay, previousLastDay: range.max, approvalLapsed },
    });
    if (!ended.ok) return ended;
    await syncCatalogEntry(tx, offerId);
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true, slug: offer.slug } as const;
  });
}
