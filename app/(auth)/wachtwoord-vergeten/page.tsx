import type { Metadata } from 'next';
import { PageMain } from '@/components/layout/SiteHeader';
import { EmailLinkForm } from '@/components/ui/ActionForm';
import { nl } from '@/lib/i18n/nl';
import { requestResetAction } from '@/lib/accounts/actions';

export const metadata: Metadata = { title: 'Wachtwoord vergeten' };

export default function ForgotPasswordPage() {
  const t = nl.reset;
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">{t.requestTitle}</h1>
      <p className="mt-3">{t.requestIntro}</p>
      <div className="max-w-md">
        <EmailLinkForm action={requestResetAction} submit={t.requestButton} />
      </div>
    </PageMain>
  );
}
