import { createElement, type ReactElement } from 'react';
import { prisma } from '@/lib/db';
import type { PortalLocale } from '@/lib/i18n/locales';
import { prepareMail, type PreparedMail } from './outbox';
import type { Subject } from './subjects';

// Who is told: every editor, or every confirmed user of a partner organisation, each greeted by
// name in the same template. The mails are made (rendered) before the caller's transaction, which
// enqueues them with its change. Each in the recipient's own language (User.locale).

type Recipient = { name: string; email: string; locale: PortalLocale };
/** A mail template: its props, and the name of whom it greets. */
type Template<P> = (props: P & { name: string }) => ReactElement;

function build<P extends object>(users: Recipient[], subject: Subject, template: Template<P>, props: P, organisationId?: string) {
  return Promise.all(
    users.map((u) =>
      prepareMail(u.email, subject, createElement(template, { ...props, name: u.name }), { organisationId, locale: u.locale }),
    ),
  );
}

/** One mail per editor who is not disabled. */
export async function mailsToEditors<P extends object>(subject: Subject, template: Template<P>, props: P): Promise<PreparedMail[]> {
  const users = await prisma.user.findMany({
    where: { role: 'EDITOR', disabledAt: null },
    select: { name: true, email: true, locale: true },
  });
  return build(users, subject, template, props);
}

/** One mail per user of the organisation who confirmed their address; the mails carry the organisation (its record lists them). */
export async function mailsToPartners<P extends object>(
  organisationId: string,
  subject: Subject,
  template: Template<P>,
  props: P,
): Promise<PreparedMail[]> {
  const users = await prisma.user.findMany({
    where: { organisationId, role: 'PARTNER', emailConfirmedAt: { not: null } },
    select: { name: true, email: true, locale: true },
  });
  return build(users, subject, template, props, organisationId);
}
