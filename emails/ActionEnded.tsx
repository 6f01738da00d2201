import { Notice } from './Layout';

export type ActionEndedProps = {
  name: string;
  organisation: string;
  title: string;
  lastDay: string;
  reason: string;
  /** The editors had sent a new text for approval: that request lapsed. */
  approvalLapsed: boolean;
  url: string;
};

/** To the editors: the partner ended a published discount action early (ADR 0020). */
export default function ActionEnded({ name, organisation, title, lastDay, reason, approvalLapsed, url }: ActionEndedProps) {
  return (
    <Notice
      preview={`${organisation} heeft een kortingsactie beëindigd`}
      name={name}
      paragraphs={[
        `${organisation} heeft de kortingsactie "${title}" beëindigd. De laatste dag is ${lastDay}. Daarna staat de actie niet meer op de website.`,
        ...(reason ? [`De reden van de partner: ${reason}`] : []),
        ...(approvalLapsed
          ? [
              'Jullie hadden de partner een nieuwe tekst ter akkoord gestuurd. Dat verzoek is vervallen. Stuur de tekst opnieuw als dat nog nodig is.',
            ]
          : []),
      ]}
      cta={{ href: url, label: 'Actie bekijken' }}
    />
  );
}

ActionEnded.PreviewProps = {
  name: 'Ruud Redacteur',
  organisation: 'Zwembad De Wielen',
  title: 'Halve prijs zwemmen',
  lastDay: '15 december 2026',
  reason: 'Het zwembad gaat eerder dicht voor een verbouwing.',
  approvalLapsed: false,
  url: 'http://localhost:3000/redactie/acties/voorbeeld',
} satisfies ActionEndedProps;
