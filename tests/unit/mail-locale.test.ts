import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement, type ComponentType } from 'react';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { prepareMail } from '@/lib/mail/outbox';
import { mailsToPartners } from '@/lib/mail/recipients';
import { MAIL_SUBJECTS } from '@/lib/mail/subjects';
import { changeLocale } from '@/lib/accounts/own-account';
import OfferPublished from '@/emails/OfferPublished';
import ActionExpired from '@/emails/ActionExpired';
import { resetDb } from '../support/db';
import { makeMedewerker, makePartner } from '../support/offers';

// Issue 21: every mail goes out in the language its recipient chose (User.locale), Dutch by default;
// the subject too. Each template has its words in both languages, typed (a missing English text is a
// tsc error); here every template is rendered in both, as the outbox renders it.

beforeEach(resetDb);
afterAll(() => prisma.$disconnect());

describe('a mail in the recipient’s language', () => {
  test('a partner user who chose English gets English, a colleague of the same organisation Dutch', async () => {
    const beheerder = await makePartner();
    const colleague = await makeMedewerker(beheerder);
    await changeLocale(beheerder.actor, 'en');
    const mails = await mailsToPartners(beheerder.organisationId, (s) => s.published, OfferPublished, {
      title: 'Zwemmen bij De Wielen',
      url: 'http://localhost:3000/aanbod/zwemmen',
    });
    const english = mails.find((m) => m.to === beheerder.email)!;
    const dutch = mails.find((m) => m.to === colleague.email)!;
    expect(english.subject).toBe('Your offer is on the Dordtpas website');
    expect(english.html).toMatch(/<html [^>]*lang="en"/);
    expect(english.text).toContain('Thank you for your approval. "Zwemmen bij De Wielen" is now on the Dordtpas website');
    expect(english.text).toContain('Dordtpas is a service of the Municipality of Dordrecht.');
    expect(dutch.subject).toBe('Je aanbod staat op de Dordtpas-website');
    expect(dutch.html).toMatch(/<html [^>]*lang="nl"/);
    expect(dutch.text).toContain('Bedankt voor je akkoord.');
  });

  test('prepareMail reads the language of the address’s user; dates in the mail follow it', async () => {
    const partner = await makePartner();
    const element = createElement(ActionExpired, {
      name: 'Sanne',
      title: 'Halve prijs',
      lastDay: new Date('2026-12-31T00:00:00Z'),
      url: 'x',
    });
    expect((await prepareMail(partner.email, (s) => s.expired, element)).text).toContain('31 december 2026');
    await changeLocale(partner.actor, 'en');
    const mail = await prepareMail(partner.email, (s) => s.expired, element);
    expect(mail.subject).toBe(MAIL_SUBJECTS.en.expired);
    expect(mail.text).toContain('31 December 2026');
    // An address that is no user's (yet): Dutch, unless the caller says otherwise.
    expect((await prepareMail('nieuw@voorbeeld.nl', (s) => s.expired, element)).subject).toBe(MAIL_SUBJECTS.nl.expired);
    expect((await prepareMail('nieuw@voorbeeld.nl', (s) => s.expired, element, { locale: 'en' })).subject).toBe(MAIL_SUBJECTS.en.expired);
  });

  test('the change is the user’s own, recorded once; choosing the same again writes nothing', async () => {
    const partner = await makePartner();
    await changeLocale(partner.actor, 'en');
    await changeLocale(partner.actor, 'en');
    expect((await prisma.user.findUniqueOrThrow({ where: { id: partner.userId } })).locale).toBe('en');
    const entries = await prisma.auditEntry.findMany({ where: { action: 'account.locale-changed' } });
    expect(entries).toHaveLength(1);
    expect(entries[0].data).toEqual({ from: 'nl', to: 'en' });
  });
});

describe('every template in both languages', () => {
  const dir = path.resolve(__dirname, '../../emails');
  const templates = readdirSync(dir).filter((f) => f.endsWith('.tsx') && f !== 'Layout.tsx');

  test.each(templates)('%s: Dutch and English differ, each with its own greeting and footer', async (file) => {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as {
      default: ComponentType<Record<string, unknown>> & { PreviewProps: Record<string, unknown> };
    };
    // The example's own values (a reason, a comment: what an editor or partner typed, in Dutch) left out.
    const props = Object.fromEntries(
      Object.entries(mod.default.PreviewProps).map(([k, v]) => [k, /^(reason|comment|note)$/.test(k) ? 'X' : v]),
    );
    const element = createElement(mod.default, props);
    const [dutch, english] = await Promise.all(
      (['nl', 'en'] as const).map((locale) => prepareMail('niemand@voorbeeld.nl', (s) => s.confirm, element, { locale })),
    );
    expect(dutch.text).toContain('Dordtpas is een product van Gemeente Dordrecht.');
    expect(english.text).toContain('Dordtpas is a service of the Municipality of Dordrecht.');
    expect(english.text).not.toContain('Beste ');
    // What the template says itself, apart from its example values, is English.
    for (const dutchWord of [' je ', ' jouw ', ' het ', ' een ', ' niet ', ' naar ', 'Bekijk', 'Werkt de knop']) {
      const own = english.text.replace(/"[^"]*"|“[^”]*”|http\S+/g, '');
      expect(own, `${file}: "${dutchWord.trim()}"`).not.toContain(dutchWord);
    }
    expect(english.text).not.toBe(dutch.text);
  });
});
