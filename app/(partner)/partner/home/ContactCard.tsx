import { formatDateTime } from '@/lib/i18n/format';
import { formatPhone } from '@/lib/i18n/phone';
import { portalText, requestLocale } from '@/lib/i18n/request';
import type { HomeContact } from '@/lib/partners/queries';
import { ContactForm } from '../ContactForm';
import { EmailChangeForm } from '../EmailChangeForm';
import { LanguageForm } from '@/components/account/LanguageForm';
import { changeLocaleAction } from '@/lib/accounts/own-account-actions';
import { PasswordForm } from '../PasswordForm';
import { Panel } from '@/components/ui/Panel';

/**
 * The contact person (the logged-in user): username shown; name and phone editable; the e-mail
 * address (with a change waiting for its link) and the password each behind a disclosure.
 */
export async function ContactCard({ me, version }: { me: HomeContact; version: number }) {
  const texts = await portalText();
  const locale = await requestLocale();
  const t = texts.ownData;
  return (
    <Panel id="contact-title" title={texts.partnerHome.contact} className="rounded-lg bg-white p-5">
      <dl className="mt-3 space-y-3">
        <div>
          <dt className="text-sm font-semibold text-muted">{texts.registration.fields.email}</dt>
          <dd>{me.email}</dd>
          {me.pendingEmail ? (
            <dd className="text-sm text-muted">{t.email.pending(me.pendingEmail.email, formatDateTime(me.pendingEmail.until, locale))}</dd>
          ) : null}
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">{texts.registration.fields.username}</dt>
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
        <LanguageForm locale={me.locale} action={changeLocaleAction} />
      </details>
    </Panel>
  );
}
