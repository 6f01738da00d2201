import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type OrganisationChangeRequestedProps = { name: string; organisation: string; by: string; lines: string[]; url: string };

const nl = {
  preview: (organisation: string) => `${organisation} wil de gegevens voor pashouders wijzigen`,
  asks: (by: string, organisation: string) => `${by} van ${organisation} vraagt om deze wijziging:`,
  action: 'Verwerk de wijziging in de inschrijving en stuur die ter akkoord. Met het akkoord van de partner gaan de gegevens mee.',
  cta: 'Partner bekijken',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: (organisation: string) => `${organisation} wants to change the details for pass holders`,
    asks: (by: string, organisation: string) => `${by} from ${organisation} asks for this change:`,
    action: 'Make the change in the registration and send it for approval. When the partner approves, the details are updated too.',
    cta: 'See partner',
  },
};

/** To the editors: a beheerder asks to change what pass holders see of the organisation. */
export default function OrganisationChangeRequested({ name, organisation, by, lines, url }: OrganisationChangeRequestedProps) {
  const t = useMailText(TEXT);
  return (
    <Notice
      preview={t.preview(organisation)}
      name={name}
      paragraphs={[t.asks(by, organisation), ...lines, t.action]}
      cta={{ href: url, label: t.cta }}
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
