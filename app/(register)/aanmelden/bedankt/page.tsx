import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { PageMain } from '@/components/layout/SiteHeader';
import { Alert } from '@/components/ui/Alert';
import { EmailLinkForm } from '@/components/ui/ActionForm';
import { portalText } from '@/lib/i18n/request';
import { REGISTERED_COOKIE } from '@/lib/partners/schema';
import { resendConfirmationAction } from '@/lib/accounts/actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await portalText()).registration.done.pageTitle };
}

export default async function ThankYouPage() {
  const email = (await cookies()).get(REGISTERED_COOKIE)?.value ?? '';
  const messages = await portalText();
  const t = messages.registration.done;
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <div className="mt-6">
        <Alert kind="success">{t.body(email || t.yourAddress)}</Alert>
      </div>
      <p className="mt-6">{t.noMail}</p>
      <h2 className="mt-8 text-xl font-bold">{messages.confirm.resendTitle}</h2>
      <EmailLinkForm action={resendConfirmationAction} email={email} submit={messages.confirm.resendButton} secondary />
    </PageMain>
  );
}
