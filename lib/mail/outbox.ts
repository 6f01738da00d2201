import type { ReactElement } from 'react';
import { render } from '@react-email/render';
import type { Tx } from '@/lib/db';

// Mail goes through the outbox table: the transaction that changes data also writes the message,
// so a mail is never sent for a change that rolled back, and never lost for one that committed.
// A mail to a partner's user carries its organisation, so that the partner's record lists it (issue 18).
export type PreparedMail = { to: string; subject: string; template: string; html: string; text: string; organisationId?: string };

/** Renders a React Email template. Done before the transaction, to keep it short. */
export async function prepareMail(
  to: string,
  subject: string,
  element: ReactElement,
  about: { organisationId?: string | null } = {},
): Promise<PreparedMail> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  const template = typeof element.type === 'function' ? element.type.name : 'mail';
  return { to, subject, template, html, text, ...(about.organisationId ? { organisationId: about.organisationId } : {}) };
}

export function enqueueMail(tx: Tx, mail: PreparedMail) {
  return tx.outboxMessage.create({ data: mail });
}
