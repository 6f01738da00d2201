import { formatPhone } from '@/lib/i18n/phone';
import { nl } from '@/lib/i18n/nl';
import type { HomeContact } from '@/lib/partners/queries';
import { ContactForm } from '../ContactForm';
import { Panel } from '@/components/ui/Panel';

/** The contact person (the logged-in user): e-mail and username shown, name and phone editable. */
export function ContactCard({ me, version }: { me: HomeContact; version: number }) {
  return (
    <Panel id="contact-title" title={nl.partnerHome.contact} className="rounded-lg bg-white p-5">
      <dl className="mt-3 space-y-3">
        <div>
          <dt className="text-sm font-semibold text-muted">{nl.registration.fields.email}</dt>
          <dd>{me.email}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">{nl.registration.fields.username}</dt>
          <dd>{me.username}</dd>
        </div>
      </dl>
      <ContactForm name={me.name} phone={formatPhone(me.phone)} version={version} />
    </Panel>
  );
}
