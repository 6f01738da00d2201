import type { ReactElement } from 'react';
import { render } from '@react-email/render';
import type { Tx } from '@/lib/db';

// Mail goes through the outbox table: the transaction that changes data also writes the message,
// so a mail is never sent for a change that rolled back, and never lost for one that committed.
export type PreparedMail = { to: string; subject: string; template: string; html: string; text: string };

/** Renders a React Email template. Done before the transaction, to keep it short. */
export async function prepareMail(to: string, subject: string, element: ReactElement): Promise<PreparedMail> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  const template = typeof element.type === 'function' ? element.type.name : 'mail';
  return { to, subject, template, html, text };
}

export function enqueueMail(tx: Tx, mail: PreparedMail) {
  return tx.outboxMessage.create({ data: mail });
}
