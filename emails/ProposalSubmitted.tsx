import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type ProposalSubmittedProps = { name: string; organisation: string; subject: string; url: string };

const nl = {
  preview: (organisation: string) => `${organisation} heeft een actievoorstel ingediend`,
  submitted: (organisation: string, subject: string) => `${organisation} heeft een actievoorstel ingediend: korting op ${subject}.`,
  todo: 'Beoordeel het voorstel, herschrijf het voor de website en stuur het ter akkoord naar de partner.',
  cta: 'Voorstel openen',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: (organisation: string) => `${organisation} has submitted a discount proposal`,
    submitted: (organisation: string, subject: string) => `${organisation} has submitted a discount proposal: discount on ${subject}.`,
    todo: 'Review the proposal, rewrite it for the website and send it to the partner for approval.',
    cta: 'Open the proposal',
  },
};

export default function ProposalSubmitted({ name, organisation, subject, url }: ProposalSubmittedProps) {
  const t = useMailText(TEXT);
  return (
    <Notice
      preview={t.preview(organisation)}
      name={name}
      paragraphs={[t.submitted(organisation, subject), t.todo]}
      cta={{ href: url, label: t.cta }}
    />
  );
}

ProposalSubmitted.PreviewProps = {
  name: 'Ruud Redacteur',
  organisation: 'Zwembad De Wielen',
  subject: 'toegang zwembad',
  url: 'http://localhost:3000/redactie',
} satisfies ProposalSubmittedProps;
