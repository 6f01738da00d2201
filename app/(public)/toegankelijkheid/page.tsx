import type { Metadata } from 'next';
import { connection } from 'next/server';
import { PageMain, PublicShell } from '@/components/layout/SiteHeader';
import { env, siteUrl } from '@/lib/env';

// The accessibility statement (issue 21), after the Dutch government's model statement
// (toegankelijkheidsverklaring.nl): what we checked ourselves, honestly, what is not done yet, and
// how to reach us. Its status is C ("eerste maatregelen genomen") until an independent audit
// (WCAG-EM) has been made. Update the date and the lists with every large change.

export const metadata: Metadata = { title: 'Toegankelijkheid' };

/** When this statement was written and checked against the site. */
const DRAWN_UP = '2 december 2026';

export default async function AccessibilityPage() {
  // Rendered per request: the contact address and the site's address are the server's settings.
  await connection();
  const contact = env().CONTACT_EMAIL;
  const site = new URL(siteUrl()).host;
  return (
    <PublicShell locale="nl" path="/toegankelijkheid">
      <PageMain narrow>
        {/* On a phone the long word breaks between its two parts, not anywhere. */}
        <h1 className="text-3xl font-bold">
          Toegankelijkheids
          <wbr />
          verklaring
        </h1>
        <p className="mt-4">
          Gemeente Dordrecht wil dat iedereen de website van Dordtpas kan gebruiken: ook als je slecht ziet, slecht hoort, geen muis
          gebruikt of Nederlands als tweede taal leest. Websites van de overheid moeten voldoen aan de Europese norm EN 301 549 (WCAG 2.1,
          niveau A en AA). Deze verklaring zegt hoe ver we daarmee zijn.
        </p>

        <h2 className="mt-8 text-xl font-bold">Voor welke website</h2>
        <p className="mt-2">
          Voor de hele website van Dordtpas op <strong>{site}</strong>: het aanbod voor pashouders, de kaart, het aanmelden als partner, het
          partnerportaal en de pagina&apos;s van de redactie.
        </p>

        <h2 className="mt-8 text-xl font-bold">Status: eerste maatregelen genomen</h2>
        <p className="mt-2">
          We controleren de website zelf, bij elke nieuwe versie. Een onderzoek door een onafhankelijke partij (volgens de methode WCAG-EM)
          is nog niet gedaan. Daarom zeggen we nog niet dat de website aan de norm voldoet. Dat onderzoek staat gepland voordat de website
          voor iedereen open gaat.
        </p>

        <h2 className="mt-8 text-xl font-bold">Wat we zelf controleren</h2>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          <li>
            Bij elke nieuwe versie test een echte browser alle pagina&apos;s met het hulpmiddel axe op de regels van WCAG 2.1 (niveau A en
            AA). Een pagina met een fout houdt de nieuwe versie tegen.
          </li>
          <li>
            De belangrijkste taken testen we alleen met het toetsenbord: aanmelden, inloggen, het aanbod zoeken en filteren, de kaart, een
            aanbod bekijken en goedkeuren, en een kortingsactie voorstellen.
          </li>
          <li>Je ziet altijd waar je bent met het toetsenbord: de focus heeft een duidelijke rand.</li>
          <li>
            Elk veld in een formulier heeft een naam. Klopt iets niet, dan staat de melding bij het veld en bovenaan het formulier. Wat je
            typte, blijft staan.
          </li>
          <li>
            We bekijken elke pagina op een telefoon en op een computer. Op een scherm van 320 pixels breed, en met grotere afstand tussen
            letters en regels, hoef je niet opzij te schuiven.
          </li>
          <li>Zoeken, filteren en &quot;Bij mij in de buurt&quot; met een postcode werken ook zonder JavaScript.</li>
        </ul>

        <h2 className="mt-8 text-xl font-bold">Wat nog niet goed is</h2>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          <li>Er is nog geen onderzoek door een onafhankelijke partij gedaan (zie hierboven).</li>
          <li>
            We hebben de website nog niet laten testen door mensen die een schermlezer, schermvergroting of spraakbesturing gebruiken.
          </li>
          <li>
            De kaart werkt met het toetsenbord, maar de kaart zelf heeft geen tekst. Gebruik je een schermlezer, dan is de lijst onder de
            kaart de beste manier: daar staat hetzelfde aanbod.
          </li>
          <li>
            Het aanbod voor pashouders is er ook in het Engels, Arabisch, Turks, Pools en Oekraïens. De teksten van het aanbod zelf zijn in
            het Nederlands (de pagina zegt dat in de taal van de lezer). Het partnerportaal en de pagina&apos;s van de redactie zijn nog
            alleen in het Nederlands; Engels volgt. De vertalingen zijn nog niet nagelezen door moedertaalsprekers.
          </li>
          <li>
            De redactie herschrijft elk aanbod in eenvoudige taal. Niet elke tekst is al gecontroleerd op taalniveau B1 (eenvoudig
            Nederlands).
          </li>
        </ul>

        <h2 className="mt-8 text-xl font-bold">Loop je ergens tegenaan?</h2>
        <p className="mt-2">
          Mail ons op{' '}
          <a className="font-semibold" href={`mailto:${contact}?subject=${encodeURIComponent('Toegankelijkheid Dordtpas')}`}>
            {contact}
          </a>
          . Zeg op welke pagina het was, wat je wilde doen en wat er misging. Binnen 5 werkdagen krijg je een bevestiging. Binnen 3 weken
          krijg je een antwoord. Kun je iets niet op de website doen, dan helpen we je ook zo.
        </p>

        <h2 className="mt-8 text-xl font-bold">Niet tevreden met ons antwoord?</h2>
        <p className="mt-2">
          Dien dan een klacht in bij de gemeente Dordrecht. Ben je daarna nog niet tevreden, dan kun je naar de{' '}
          <a href="https://www.nationaleombudsman.nl/">Nationale ombudsman</a>.
        </p>

        <p className="mt-8 text-sm text-muted">
          Deze verklaring is opgesteld op {DRAWN_UP}. We werken haar bij na elke grote verandering van de website, en minstens één keer per
          jaar.
        </p>
      </PageMain>
    </PublicShell>
  );
}
