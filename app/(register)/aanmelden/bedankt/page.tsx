import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { PageMain } from '@/components/layout/SiteHeader';
import { Alert } from '@/components/ui/Alert';
import { EmailLinkForm } from '@/components/ui/ActionForm';
import { nl } from '@/lib/i18n/nl';
import { REGISTERED_COOKIE } from '@/lib/partners/schema';
import { resendConfirmationAction } from '@/lib/accounts/actions';

export const metadata: Metadata = { title: 'Bevestig je e-mailadres' };

export default async function ThankYouPage() {
  const email = (await cookies()).get(REGISTERED_COOKIE)?.value ?? '';
  const t = nl.registration.done;
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <div className="mt-6">
        <Alert kind="success">{t.body(email || 'je e-mailadres')}</Alert>
      </div>
      <p className="mt-6">{t.noMail}</p>
      <h2 className="mt-8 text-xl font-bold">{nl.confirm.resendTitle}</h2>
      <EmailLinkForm action={resendConfirmationAction} email={email} submit={nl.confirm.resendButton} secondary />
    </PageMain>
  );
}
