import { Notice } from './Layout';

export type OrganisationChangeRequestedProps = { name: string; organisation: string; by: string; lines: string[]; url: string };

/** To the editors: a beheerder asks to change what pass holders see of the organisation. */
export default function OrganisationChangeRequested({ name, organisation, by, lines, url }: OrganisationChangeRequestedProps) {
  return (
    <Notice
      preview={`${organisation} wil de gegevens voor pashouders wijzigen`}
      name={name}
      paragraphs={[
        `${by} van ${organisation} vraagt om deze wijziging:`,
        ...lines,
        'Verwerk de wijziging in de inschrijving en stuur die ter akkoord. Met het akkoord van de partner gaan de gegevens mee.',
      ]}
      cta={{ href: url, label: 'Partner bekijken' }}
    />
  );
}

OrganisationChangeRequested.PreviewProps = {
  name: 'Ruud Redacteur',
  organisation: 'Zwembad De Wielen',
  by: 'Sanne de Vries',
  lines: ['Bezoekadres: Wielengang 12 → Wielengang 14'],
  url: 'http://localhost:3000/redactie',
} satisfies OrganisationChangeRequestedProps;
