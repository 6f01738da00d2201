import type { Metadata } from 'next';
import { PageMain, PublicShell } from '@/components/layout/SiteHeader';
import { connection } from 'next/server';
import { env } from '@/lib/env';
import { TERMS_VERSION } from '@/lib/partners/terms';

export const metadata: Metadata = { title: 'Samenwerkingsvoorwaarden' };

export default async function TermsPage() {
  // Rendered per request: the retention period is the server's setting, not the build machine's.
  await connection();
  return (
    <PublicShell locale="nl" path="/voorwaarden">
      <PageMain narrow>
        <h1 className="text-3xl font-bold">Samenwerkingsvoorwaarden Dordtpas</h1>
        <p className="mt-2 text-muted">Versie {TERMS_VERSION}</p>
        <ol className="mt-6 list-decimal space-y-3 pl-6">
          <li>
            <strong>Tegoed besteden.</strong> De pashouder mag altijd zijn volledige, nog beschikbare Dordtpas-tegoed bij je besteden. Je
            maximeert dit niet op een lager bedrag of een percentage.
          </li>
          <li>
            <strong>Kortingsactie.</strong> De korting voor de pashouder is minimaal 25% van de gewone prijs.
          </li>
          <li>
            <strong>Teksten en foto&apos;s.</strong> De redactie van Dordtpas redigeert je aanbod voor de website. Niets wordt gepubliceerd
            zonder jouw akkoord. Je foto&apos;s mag Dordtpas op de website gebruiken; er staan geen logo&apos;s of namen op.
          </li>
          <li>
            <strong>Gegevens.</strong> Je telefoonnummer en je persoonlijke gegevens gebruikt Dordtpas alleen om contact met je op te nemen.
            Pashouders zien ze niet.
          </li>
          <li>
            <strong>Wijzigingen.</strong> Verandert je aanbod, je adres of je contactpersoon, dan geef je dat door via het partnerportaal.
          </li>
          <li>
            <strong>Opzeggen.</strong> Je kunt de samenwerking op elk moment beëindigen, in het partnerportaal. Dordtpas haalt je aanbod dan
            meteen van de website en niemand van je organisatie kan nog inloggen. De accounts en namen van de mensen van je organisatie
            bewaren we daarna nog {env().PERSONAL_DATA_RETENTION_DAYS} dagen; dan verwijderen we ze. De geschiedenis van je aanbod bewaren
            we, zonder namen.
          </li>
        </ol>
      </PageMain>
    </PublicShell>
  );
}
