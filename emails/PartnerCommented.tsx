import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type PartnerCommentedProps = { name: string; organisation: string; title: string; comment: string; url: string };

const nl = {
  preview: (organisation: string) => `${organisation} heeft gereageerd`,
  notYet: (organisation: string, title: string) => `${organisation} gaat nog niet akkoord met "${title}" en schrijft:`,
  action: 'Pas de tekst aan en stuur hem opnieuw ter akkoord.',
  cta: 'Aanbod openen',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: (organisation: string) => `${organisation} has replied`,
    notYet: (organisation: string, title: string) => `${organisation} does not approve "${title}" yet and writes:`,
    action: 'Change the text and send it for approval again.',
    cta: 'Open offer',
  },
};

export default function PartnerCommented({ name, organisation, title, comment, url }: PartnerCommentedProps) {
  const t = useMailText(TEXT);
  return (
    <Notice
      preview={t.preview(organisation)}
      name={name}
      paragraphs={[t.notYet(organisation, title), `"${comment}"`, t.action]}
      cta={{ href: url, label: t.cta }}
    />
  );
}

PartnerCommented.PreviewProps = {
  name: 'Ruud Redacteur',
  organisation: 'Zwembad De Wielen',
  title: 'Zwemmen bij De Wielen',
  comment: 'Graag ook vermelden dat we op zondag open zijn.',
  url: 'http://localhost:3000/redactie',
} satisfies PartnerCommentedProps;
