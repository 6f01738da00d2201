import { nl as dutch } from '@/lib/i18n/nl';
import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type LocationChangeRequestedProps = {
  name: string;
  organisation: string;
  by: string;
  /** "Nieuwe locatie", "Wijziging van een locatie", "Locatie verwijderen". */
  what: 'ADD' | 'CHANGE' | 'REMOVE';
  location: string;
  lines: string[];
  url: string;
};

const nl = {
  kinds: dutch.locations.editor.kind,
  preview: (organisation: string) => `${organisation} stelt een wijziging van de locaties voor`,
  proposes: (by: string, organisation: string, what: string, location: string) =>
    `${by} van ${organisation} stelt voor: ${what.toLowerCase()} "${location}".`,
  action: 'Pas het voorstel toe of wijs het af op de pagina van de partner.',
  cta: 'Partner bekijken',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    kinds: { ADD: 'New location', CHANGE: 'Change of a location', REMOVE: 'Removal of a location' },
    preview: (organisation: string) => `${organisation} proposes a change to its locations`,
    proposes: (by: string, organisation: string, what: string, location: string) =>
      `${by} from ${organisation} proposes: ${what.toLowerCase()} "${location}".`,
    action: "Apply or reject the proposal on the partner's page.",
    cta: 'See partner',
  },
};

/** To the editors: a beheerder proposes to add, change or remove a location (issue 20). */
export default function LocationChangeRequested({ name, organisation, by, what, location, lines, url }: LocationChangeRequestedProps) {
  const t = useMailText(TEXT);
  return (
    <Notice
      preview={t.preview(organisation)}
      name={name}
      paragraphs={[
        t.proposes(by, organisation, t.kinds[what], location),
        ...lines.map((line, i) => (
          <span key={i} style={{ whiteSpace: 'pre-line' }}>
            {line}
          </span>
        )),
        t.action,
      ]}
      cta={{ href: url, label: t.cta }}
    />
  );
}

LocationChangeRequested.PreviewProps = {
  name: 'Ruud Redacteur',
  organisation: 'Zwembad De Wielen',
  by: 'Sanne de Vries',
  what: 'ADD',
  location: 'Buitenbad Wantijpark',
  lines: ['Naam van de locatie: Buitenbad Wantijpark', 'Adres: Wantijkade 1, 3312 AA Dordrecht'],
  url: 'http://localhost:3000/redactie/partners/1',
} satisfies LocationChangeRequestedProps;
