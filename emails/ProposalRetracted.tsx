import { Notice } from './Layout';

export type ProposalRetractedProps = { name: string; organisation: string; subject: string; reason: string; url: string };

/** To the editors: the partner took back a proposal, perhaps while they were working on it. */
export default function ProposalRetracted({ name, organisation, subject, reason, url }: ProposalRetractedProps) {
  return (
    <Notice
      preview={`${organisation} heeft een actievoorstel ingetrokken`}
      name={name}
      paragraphs={[
        `${organisation} heeft het actievoorstel "korting op ${subject}" ingetrokken. Je hoeft er niets meer aan te doen.`,
        ...(reason ? [`De reden van de partner: ${reason}`] : []),
      ]}
      cta={{ href: url, label: 'Voorstel bekijken' }}
    />
  );
}

ProposalRetracted.PreviewProps = {
  name: 'Ruud Redacteur',
  organisation: 'Zwembad De Wielen',
  subject: 'toegang zwembad',
  reason: 'We gaan het zwembad dit jaar verbouwen.',
  url: 'http://localhost:3000/redactie',
} satisfies ProposalRetractedProps;
