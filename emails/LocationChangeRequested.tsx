import { Notice } from './Layout';

export type LocationChangeRequestedProps = {
  name: string;
  organisation: string;
  by: string;
  /** "Nieuwe locatie", "Wijziging van een locatie", "Locatie verwijderen". */
  what: string;
  location: string;
  lines: string[];
  url: string;
};

/** To the editors: a beheerder proposes to add, change or remove a location (issue 20). */
export default function LocationChangeRequested({ name, organisation, by, what, location, lines, url }: LocationChangeRequestedProps) {
  return (
    <Notice
      preview={`${organisation} stelt een wijziging van de locaties voor`}
      name={name}
      paragraphs={[
        `${by} van ${organisation} stelt voor: ${what.toLowerCase()} "${location}".`,
        ...lines.map((line, i) => (
          <span key={i} style={{ whiteSpace: 'pre-line' }}>
            {line}
          </span>
        )),
        'Pas het voorstel toe of wijs het af op de pagina van de partner.',
      ]}
      cta={{ href: url, label: 'Partner bekijken' }}
    />
  );
}

LocationChangeRequested.PreviewProps = {
  name: 'Ruud Redacteur',
  organisation: 'Zwembad De Wielen',
  by: 'Sanne de Vries',
  what: 'Nieuwe locatie',
  location: 'Buitenbad Wantijpark',
  lines: ['Naam van de locatie: Buitenbad Wantijpark', 'Adres: Wantijkade 1, 3312 AA Dordrecht'],
  url: 'http://localhost:3000/redactie/partners/1',
} satisfies LocationChangeRequestedProps;
