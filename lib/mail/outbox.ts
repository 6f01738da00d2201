import type { ReactElement } from 'react';
import { render } from '@react-email/render';
import { prisma, type Tx } from '@/lib/db';
import type { PortalLocale } from '@/lib/i18n/locales';
import { inMailLocale } from '@/emails/locale';
import { MAIL_SUBJECTS, type Subject } from './subjects';

// Mail goes through the outbox table: the transaction that changes data also writes the message,
// so a mail is never sent for a change that rolled back, and never lost for one that committed.
// A mail to a partner's user carries its organisation, so that the partner's record lists it (issue 18).
export type PreparedMail = { to: string; subject: string; template: string; html: string; text: string; organisationId?: string };

/**
 * Renders a React Email template in the recipient's language (issue 21): `locale` when the caller
 * knows it (a registration whose user is not saved yet, a list of users read with theirs), else the
 * language of the user with this address, else Dutch. Done before the transaction, to keep it short.
 */
export async function prepareMail(
  to: string,
  subject: Subject,
  element: ReactElement,
  about: { organisationId?: string | null; locale?: PortalLocale } = {},
): Promise<PreparedMail> {
  const locale = about.locale ?? (await localeOf(to));
  const [html, text] = await inMailLocale(locale, () => Promise.all([render(element), render(element, { plainText: true })]));
  const template = typeof element.type === 'function' ? element.type.name : 'mail';
  return {
    to,
    subject: subject(MAIL_SUBJECTS[locale]),
    template,
    html,
    text,
    ...(about.organisationId ? { organisationId: about.organisationId } : {}),
  };
}

/** The language the user with this address chose; Dutch for an address that is no user's (yet). */
async function localeOf(email: string): Promise<PortalLocale> {
  const user = await prisma.user.findUnique({ where: { email }, select: { locale: true } });
  return user?.locale ?? 'nl';
}

export function enqueueMail(tx: Tx, mail: PreparedMail) {
  return tx.outboxMessage.create({ data: mail });
}
