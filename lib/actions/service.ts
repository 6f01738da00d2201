import { createElement } from 'react';
import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { nl } from '@/lib/i18n/nl';
import { todayInDordrecht } from '@/lib/i18n/format';
import { audit } from '@/lib/audit';
import { enqueueMail, prepareMail } from '@/lib/mail/outbox';
import type { SessionUser } from '@/lib/accounts/service';
import { fieldErrorsOf, type FieldErrors } from '@/lib/forms';
import ProposalSubmitted from '@/emails/ProposalSubmitted';
import { emptyProposal, type DiscountContent } from './content';
import { descriptionStep, financialStep, subjectStep, validityStep } from './schema';

// The partner's side of a discount action before the editors take over: a proposal that is saved
// at every wizard step (so a closed tab loses nothing) and then submitted. After submission the
// offer follows the same review loop as a credit listing (lib/offers/review.ts).

export type ProposalResult<T = object> = ({ ok: true } & T) | { ok: false; reason: 'forbidden' | 'not-found' | 'stale' | 'not-editable' };

/** May this user propose discount actions? Only partners of type korting or beide. */
async function proposingOrganisation(actor: SessionUser) {
  if (actor.role !== 'PARTNER' || !actor.organisationId) return null;
  const org = await prisma.organisation.findUnique({ where: { id: actor.organisationId } });
  return org && org.partnerType !== 'CREDIT' ? org : null;
}

/** Starts a new proposal (the wizard's first save), prefilled with the partner's address and contact. */
export async function startProposal(actor: SessionUser, slugBase: string): Promise<ProposalResult<{ offerId: string; version: number }>> {
  const org = await proposingOrganisation(actor);
  if (!org) return { ok: false, reason: 'forbidden' };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { phone: true, email: true } });
  const content = emptyProposal(org, user, todayInDordrecht());
  const slug = `${slugBase}-${Math.random().toString(36).slice(2, 8)}`;
  const offer = await prisma.offer.create({
    data: {
      kind: 'DISCOUNT_ACTION',
      organisationId: org.id,
      status: 'PROPOSAL',
      slug,
      content,
      validFrom: new Date(content.discount.validFrom),
      validUntil: new Date(content.discount.validUntil),
    },
  });
  return { ok: true, offerId: offer.id, version: offer.version };
}

/** Saves what one wizard step changed. Only the partner's own proposal, only while it is a proposal. */
export async function saveProposal(
  actor: SessionUser,
  offerId: string,
  version: number,
  change: (content: DiscountContent) => DiscountContent,
): Promise<ProposalResult<{ version: number }>> {
  const org = await proposingOrganisation(actor);
  if (!org) return { ok: false, reason: 'forbidden' };
  const offer = await prisma.offer.findFirst({ where: { id: offerId, organisationId: org.id, kind: 'DISCOUNT_ACTION' } });
  if (!offer) return { ok: false, reason: 'not-found' };
  if (offer.status !== 'PROPOSAL') return { ok: false, reason: 'not-editable' };
  const content = change(offer.content as DiscountContent);
  const updated = await prisma.offer.updateMany({
    where: { id: offerId, version, status: 'PROPOSAL' },
    data: {
      content,
      version: { increment: 1 },
      validFrom: new Date(content.discount.validFrom),
      validUntil: new Date(content.discount.validUntil),
    },
  });
  return updated.count === 1 ? { ok: true, version: version + 1 } : { ok: false, reason: 'stale' };
}

/** Every rule of every step, on the stored proposal (the summary step shows these errors). */
export function proposalErrors(content: DiscountContent, today = todayInDordrecht()): FieldErrors {
  const d = content.discount;
  const checks = [
    subjectStep.safeParse({ subject: d.subject }),
    validityStep(today).safeParse({ validFrom: d.validFrom, validUntil: d.validUntil, validityNote: d.validityNote }),
    descriptionStep.safeParse({ description: content.body, editorsInfo: d.editorsInfo }),
    financialStep.safeParse({
      discountType: d.discountType ?? undefined,
      percent: d.percent === null ? '' : String(d.percent).replace('.', ','),
      usage: d.usage ?? undefined,
      tariffs: d.tariffs.map((t) => ({
        minAge: String(t.minAge),
        maxAge: t.maxAge === null ? '' : String(t.maxAge),
        regular: (t.regular / 100).toFixed(2).replace('.', ','),
        pass: (t.pass / 100).toFixed(2).replace('.', ','),
      })),
    }),
  ];
  return Object.assign({}, ...checks.map((r) => (r.success ? {} : fieldErrorsOf(r.error))));
}

/** "Aanvraag indienen": the whole proposal is checked again, then it goes to the editors (queue + mail). */
export async function submitProposal(actor: SessionUser, offerId: string, version: number): Promise<ProposalResult | { ok: false; reason: 'invalid'; fieldErrors: FieldErrors }> {
  const org = await proposingOrganisation(actor);
  if (!org) return { ok: false, reason: 'forbidden' };
  const offer = await prisma.offer.findFirst({ where: { id: offerId, organisationId: org.id, kind: 'DISCOUNT_ACTION' } });
  if (!offer) return { ok: false, reason: 'not-found' };
  if (offer.status !== 'PROPOSAL') return { ok: false, reason: 'not-editable' };
  const content = offer.content as DiscountContent;
  const errors = proposalErrors(content);
  if (Object.keys(errors).length) return { ok: false, reason: 'invalid', fieldErrors: errors };
  // The title starts as what the discount is on; the editors rewrite it.
  const submitted = { ...content, title: content.title || content.discount.subject };
  const name = org.displayName || org.legalName;
  const editors = await prisma.user.findMany({ where: { role: 'EDITOR' }, select: { name: true, email: true } });
  const mails = await Promise.all(
    editors.map((u) =>
      prepareMail(
        u.email,
        nl.mail.proposalSubject(name),
        createElement(ProposalSubmitted, { name: u.name, organisation: name, subject: content.discount.subject, url: appUrl(`/redactie/partners/${org.id}`) }),
      ),
    ),
  );
  return prisma.$transaction(async (tx) => {
    const moved = await tx.offer.updateMany({ where: { id: offerId, version, status: 'PROPOSAL' }, data: { status: 'SUBMITTED', content: submitted } });
    if (moved.count !== 1) return { ok: false, reason: 'stale' } as const;
    await tx.offerEvent.create({ data: { offerId, actorId: actor.id, actorName: actor.name, action: 'submitted', version, content: submitted } });
    await audit(tx, { actorId: actor.id, action: 'offer.submitted', entityType: 'Offer', entityId: offerId, data: { version } });
    for (const mail of mails) await enqueueMail(tx, mail);
    return { ok: true } as const;
  });
}
