import { OrganisationPhoto } from '@/components/photo/OrganisationPhoto';
import { nl } from '@/lib/i18n/nl';
import type { HomeOrganisation } from '@/lib/partners/queries';
import { PhotoForm } from '../PhotoForm';
import { PostalAddressForm } from '../PostalAddressForm';
import { Panel } from '@/components/ui/Panel';
import { formatDate } from '@/lib/i18n/format';
import { OrganisationChangeForm } from './OrganisationChangeForm';

/**
 * The organisation as registered, with its photo; for its beheerder the forms to choose or replace
 * the photo and to change the postal address. A medewerker sees the same data without the forms.
 */
export function OrganisationCard({ organisation: org, admin }: { organisation: HomeOrganisation; admin: boolean }) {
  return (
    <Panel id="org-title" title={nl.partnerHome.organisation} className="rounded-lg bg-white p-5">
      <div className="mt-3">
        <OrganisationPhoto photo={org.photo} category={org.category} alt={`Foto van ${org.name}`} />
        {org.photo ? null : <p className="mt-2 text-sm text-muted">{nl.photo.none}</p>}
        {admin ? (
          <details className="mt-3">
            <summary className="cursor-pointer font-semibold text-brand">{org.photo ? nl.photo.replace : nl.photo.choose}</summary>
            <PhotoForm version={org.version} hasPhoto={Boolean(org.photo)} />
          </details>
        ) : null}
      </div>
      <dl className="mt-3 space-y-3">
        {org.rows.map(({ label, value, note }) => (
          <div key={label}>
            <dt className="text-sm font-semibold text-muted">{label}</dt>
            <dd>{value}</dd>
            {note ? <dd className="text-sm text-muted">{note}</dd> : null}
          </div>
        ))}
        <div>
          <dt className="text-sm font-semibold text-muted">{nl.registration.fields.description}</dt>
          <dd className="whitespace-pre-line">{org.description}</dd>
        </div>
      </dl>
      {admin ? (
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold text-brand">{nl.ownData.postal.open}</summary>
          <PostalAddressForm postal={org.postal} version={org.version} />
        </details>
      ) : null}
      {org.changeRequested ? (
        <p className="mt-4 rounded-md bg-brand-light p-3">
          {nl.ownChange.pending(formatDate(org.changeRequested.at), org.changeRequested.by)}
        </p>
      ) : null}
      {admin ? <OrganisationChangeForm initial={org.publicValues} version={org.version} /> : null}
    </Panel>
  );
}
