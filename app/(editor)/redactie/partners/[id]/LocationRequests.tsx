import { portalText, requestLocale } from '@/lib/i18n/request';
import { formatDate } from '@/lib/i18n/format';
import { LocationChanges } from '@/components/locations/LocationChanges';
import { LocationDetails } from '@/components/locations/LocationDetails';
import { Alert } from '@/components/ui/Alert';
import { Panel } from '@/components/ui/Panel';
import type { LocationView } from '@/lib/locations/queries';
import type { LocationRequestView } from '@/lib/locations/request-queries';
import { ApplyLocationForm, RejectLocationForm } from './LocationRequestForms';

/** The partner's locations, and its open proposals with "Toepassen" and "Afwijzen" (issue 20). */
export async function LocationRequests({
  locations,
  requests,
  decided,
}: {
  locations: LocationView[];
  requests: LocationRequestView[];
  /** Just applied or refused (the actions' redirect). */
  decided: 'toegepast' | 'afgewezen' | null;
}) {
  const t = (await portalText()).locations;
  const locale = await requestLocale();
  return (
    <Panel id="locations-title" title={t.editor.title} className="mt-6 rounded-lg bg-white p-5">
      {decided ? (
        <div className="mt-3">
          <Alert kind="success">{decided === 'toegepast' ? t.editor.applied : t.editor.rejected}</Alert>
        </div>
      ) : null}
      {requests.length ? (
        <section aria-labelledby="location-requests-title" className="mt-4">
          <h3 id="location-requests-title" className="text-lg font-bold">
            {t.editor.requestsTitle}
          </h3>
          <ul className="mt-2 grid gap-4">
            {requests.map((r) => {
              const name = r.proposed?.name ?? r.current?.name ?? '';
              return (
                <li key={r.id} className="rounded-md border-l-4 border-brand bg-brand-light/40 p-4">
                  <p className="font-semibold">
                    {t.editor.kind[r.kind]}: {name}
                  </p>
                  <p className="text-sm text-muted">{t.editor.requested(formatDate(r.requestedAt, locale), r.requestedByName)}</p>
                  <LocationChanges changes={r.changes} kind={r.kind} />
                  <div className="mt-3 flex flex-wrap items-start gap-4">
                    <ApplyLocationForm requestId={r.id} about={name} />
                    <RejectLocationForm requestId={r.id} about={name} />
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <ul className="mt-4 grid gap-4 md:grid-cols-2">
        {locations.map((l) => (
          <li key={l.id} className="rounded-md border border-line/40 p-4">
            <h3 className="text-lg font-bold">{l.name}</h3>
            {l.position === 0 ? <p className="text-sm text-muted">{t.first}</p> : null}
            <LocationDetails location={l} />
          </li>
        ))}
      </ul>
    </Panel>
  );
}
