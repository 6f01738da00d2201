import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { todayInDordrecht } from '@/lib/i18n/format';
import { enqueueMail } from '@/lib/mail/outbox';
import { mailsToPartners } from '@/lib/mail/recipients';
import { readOfferContent } from '@/lib/offers/content';
import ActionExpired from '@/emails/ActionExpired';

// Expiry needs no job: the public pages filter on the last day. This job only tells the partner,
// once, that an action has ended and how to renew it.

/** Sends the "afgelopen" notice for every published action whose last day has passed. Returns how many. */
export async function sendExpiryNotices(now = new Date()): Promise<number> {
  const today = new Date(todayInDordrecht(now));
  const ended = await prisma.offer.findMany({
    where: { kind: 'DISCOUNT_ACTION', publishedAt: { not: null }, validUntil: { lt: today }, expiryNoticeAt: null },
    select: { id: true, kind: true, organisationId: true, validUntil: true, publishedContent: true },
    orderBy: { validUntil: 'asc' },
    take: 100,
  });
  let sent = 0;
  for (const offer of ended) {
    // Content that cannot be read is logged and skipped: no notice with a wrong title (tried again next run).
    const content = readOfferContent(offer, offer.publishedContent, 'Offer.publishedContent');
    if (!content) continue;
    // One action that fails (e.g. its mail) must not keep the others from being noticed.
    try {
      const mails = await mailsToPartners(offer.organisationId, (s) => s.expired, ActionExpired, {
        title: content.title,
        lastDay: offer.validUntil!,
        url: appUrl('/partner'),
      });
      await prisma.$transaction(async (tx) => {
        // Only once, also when two servers run this job at the same time.
        const marked = await tx.offer.updateMany({ where: { id: offer.id, expiryNoticeAt: null }, data: { expiryNoticeAt: now } });
        if (marked.count !== 1) return;
        for (const mail of mails) await enqueueMail(tx, mail);
        sent++;
      });
    } catch (error) {
      console.error(`[expiry] notice for offer ${offer.id} failed`, error);
    }
  }
  return sent;
}
