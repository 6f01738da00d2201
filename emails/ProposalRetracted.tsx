import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type ProposalRetractedProps = { name: string; organisation: string; subject: string; reason: string; url: string };

const nl = {
  preview: (organisation: string) => `${organisation} heeft een actievoorstel ingetrokken`,
  retracted: (organisation: string, subject: string) =>
    `${organisation} heeft het actievoorstel "korting op ${subject}" ingetrokken. Je hoeft er niets meer aan te doen.`,
  reason: (reason: string) => `De reden van de partner: ${reason}`,
  cta: 'Voorstel bekijken',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: (organisation: string) => `${organisation} has withdrawn a discount proposal`,
    retracted: (organisation: string, subject: string) =>
      `${organisation} has withdrawn the discount proposal "discount on ${subject}". You do not need to do anything with it.`,
    reason: (reason: string) => `The partner's reason: ${reason}`,
    cta: 'See the proposal',
  },
};

/** To the editors: the partner took back a proposal, perhaps while they were working on it. */
export default function ProposalRetracted({ name, organisation, subject, reason, url }: ProposalRetractedProps) {
  const t = useMailText(TEXT);
  return (
    <Notice
      preview={t.preview(organisation)}
      name={name}
      paragraphs={[t.retracted(organisation, subject), ...(reason ? [t.reason(reason)] : [])]}
      cta={{ href: url, label: t.cta }}
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
