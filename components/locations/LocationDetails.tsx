import { formatAddress } from '@/lib/i18n/format';
import { formatPhone, phoneHref } from '@/lib/i18n/phone';
import { portalText } from '@/lib/i18n/request';
import { formatPeriods, WEEKDAYS, type OpeningHours } from '@/lib/locations/hours';
import type { ProposedLocation } from '@/lib/locations/schema';

/** A location's address, phone, hours per weekday and remark, as the partner and the editors read it. */
export async function LocationDetails({ location: l }: { location: ProposedLocation }) {
  const t = (await portalText()).locations;
  return (
    <dl className="mt-2 space-y-2">
      <div>
        <dt className="text-sm font-semibold text-muted">{t.address}</dt>
        <dd>{formatAddress(l)}</dd>
      </div>
      {l.phone ? (
        <div>
          <dt className="text-sm font-semibold text-muted">{t.phone}</dt>
          <dd>
            <a href={phoneHref(l.phone)}>{formatPhone(l.phone)}</a>
          </dd>
        </div>
      ) : null}
      <div>
        <dt className="text-sm font-semibold text-muted">{t.hours}</dt>
        <dd>
          {l.openingHours ? <OpeningHoursList hours={l.openingHours} /> : t.noHours}
          {l.hoursRemark ? <p className="mt-1 whitespace-pre-line">{l.hoursRemark}</p> : null}
        </dd>
      </div>
    </dl>
  );
}

/** "Maandag 09:00–12:30, 13:30–17:00", one line a day. */
export async function OpeningHoursList({ hours }: { hours: OpeningHours }) {
  const t = (await portalText()).locations;
  return (
    <ul className="max-w-md">
      {WEEKDAYS.map((d) => (
        <li key={d} className="grid grid-cols-[7rem_1fr] gap-x-3">
          <span>{t.days[d]}</span>
          <span>{hours[d].length ? formatPeriods(hours[d]) : t.closed}</span>
        </li>
      ))}
    </ul>
  );
}
