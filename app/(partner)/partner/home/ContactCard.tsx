import { formatDateTime } from '@/lib/i18n/format';
import { formatPhone } from '@/lib/i18n/phone';
import { nl } from '@/lib/i18n/nl';
import type { HomeContact } from '@/lib/partners/queries';
import { ContactForm } from '../ContactForm';
import { EmailChangeForm } from '../EmailChangeForm';
import { LanguageForm } from '../LanguageForm';
import { PasswordForm } from '../PasswordForm';
import { Panel } from '@/components/ui/Panel';

const t = nl.ownData;

/**
 * The contact person (the logged-in user): username shown; name and phone editable; the e-mail
 * address (with a change waiting for its link) and the password each behind a disclosure.
 */
export function ContactCard({ me, version }: { me: HomeContact; version: number }) {
  return (
    <Panel id="contact-title" title={nl.partnerHome.contact} className="rounded-lg bg-white p-5">
      <dl className="mt-3 space-y-3">
        <div>
          <dt className="text-sm font-semibold text-muted">{nl.registration.fields.email}</dt>
          <dd>{me.email}</dd>
          {me.pendingEmail ? (
            <dd className="text-sm text-muted">{t.email.pending(me.pendingEmail.email, formatDateTime(me.pendingEmail.until))}</dd>
          ) : null}
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">{nl.registration.fields.username}</dt>
          <dd>{me.username}</dd>
        </div>
      </dl>
      <ContactForm name={me.name} phone={formatPhone(me.phone)} version={version} />
      <details className="mt-6">
        <summary className="cursor-pointer font-semibold text-brand">{t.email.open}</summary>
        <EmailChangeForm />
      </details>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold text-brand">{t.password.open}</summary>
        <PasswordForm username={me.username} email={me.email} />
      </details>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold text-brand">{t.locale.open}</summary>
        <LanguageForm locale={me.locale} />
      </details>
    </Panel>
  );
}
