import { Notice } from './Layout';

export type PartnershipClosedProps = { name: string; organisation: string; closedBy: string; date: string; reason: string; url: string };

/** To the editors: a partner ended the partnership; its offers are off the site and nothing waits for them. */
export default function PartnershipClosed({ name, organisation, closedBy, date, reason, url }: PartnershipClosedProps) {
  return (
    <Notice
      preview={`${organisation} heeft de samenwerking beëindigd`}
      name={name}
      paragraphs={[
        `${closedBy} heeft op ${date} de samenwerking van ${organisation} met Dordtpas beëindigd.`,
        'Al het aanbod van deze partner staat niet meer op de website. Voorstellen en verzoeken van deze partner zijn vervallen: je hoeft er niets meer aan te doen. Niemand van deze organisatie kan nog inloggen.',
        ...(reason ? [`De reden van de partner: ${reason}`] : []),
      ]}
      cta={{ href: url, label: 'Partner bekijken' }}
    />
  );
}

PartnershipClosed.PreviewProps = {
  name: 'Ruud Redacteur',
  organisation: 'Zwembad De Wielen',
  closedBy: 'Sanne de Vries',
  date: '1 december 2026',
  reason: 'Het zwembad gaat dicht.',
  url: 'http://localhost:3000/redactie/partners/org-1',
} satisfies PartnershipClosedProps;
