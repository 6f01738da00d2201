import { Notice } from './Layout';

export type ProposalSubmittedProps = { name: string; organisation: string; subject: string; url: string };

export default function ProposalSubmitted({ name, organisation, subject, url }: ProposalSubmittedProps) {
  return (
    <Notice
      preview={`${organisation} heeft een actievoorstel ingediend`}
      name={name}
      paragraphs={[
        `${organisation} heeft een actievoorstel ingediend: korting op ${subject}.`,
        'Beoordeel het voorstel, herschrijf het voor de website en stuur het ter akkoord naar de partner.',
      ]}
      cta={{ href: url, label: 'Voorstel openen' }}
    />
  );
}

ProposalSubmitted.PreviewProps = {
  name: 'Ruud Redacteur',
  organisation: 'Zwembad De Wielen',
  subject: 'toegang zwembad',
  url: 'http://localhost:3000/redactie',
} satisfies ProposalSubmittedProps;
