import { OrganisationPhoto } from '@/components/photo/OrganisationPhoto';
import { portalText, requestLocale } from '@/lib/i18n/request';
import { translateFixed, translateMessage } from '@/lib/i18n/translate';
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
export async function OrganisationCard({ organisation: org, admin }: { organisation: HomeOrganisation; admin: boolean }) {
  const t = await portalText();
  const locale = await requestLocale();
  return (
    <Panel id="org-title" title={t.partnerHome.organisation} className="rounded-lg bg-white p-5">
      <div className="mt-3">
        <OrganisationPhoto photo={org.photo} category={org.category} alt={t.photo.of(org.name)} locale={locale} />
        {org.photo ? null : <p className="mt-2 text-sm text-muted">{t.photo.none}</p>}
        {admin ? (
          <details className="mt-3">
            <summary className="cursor-pointer font-semibold text-brand">{org.photo ? t.photo.replace : t.photo.choose}</summary>
            <PhotoForm version={org.version} hasPhoto={Boolean(org.photo)} />
          </details>
        ) : null}
      </div>
      <dl className="mt-3 space-y-3">
        {/* partnerHome's labels, notes and fixed values (a category, "as the visiting address") are Dutch: said in the user's language. */}
        {org.rows.map(({ label, value, note }) => (
          <div key={label}>
            <dt className="text-sm font-semibold text-muted">{translateMessage(label, locale)}</dt>
            <dd>{translateFixed(value, locale)}</dd>
            {note ? <dd className="text-sm text-muted">{translateMessage(note, locale)}</dd> : null}
          </div>
        ))}
        <div>
          <dt className="text-sm font-semibold text-muted">{t.registration.fields.description}</dt>
          <dd className="whitespace-pre-line">{org.description}</dd>
        </div>
      </dl>
      {admin ? (
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold text-brand">{t.ownData.postal.open}</summary>
          <PostalAddressForm postal={org.postal} version={org.version} />
        </details>
      ) : null}
      {org.changeRequested ? (
        <p className="mt-4 rounded-md bg-brand-light p-3">
          {t.ownChange.pending(formatDate(org.changeRequested.at, locale), org.changeRequested.by)}
        </p>
      ) : null}
      {admin ? <OrganisationChangeForm initial={org.publicValues} version={org.version} /> : null}
    </Panel>
  );
}
