import { Notice } from './Layout';

export type PartnerCommentedProps = { name: string; organisation: string; title: string; comment: string; url: string };

export default function PartnerCommented({ name, organisation, title, comment, url }: PartnerCommentedProps) {
  return (
    <Notice
      preview={`${organisation} heeft gereageerd`}
      name={name}
      paragraphs={[
        `${organisation} gaat nog niet akkoord met "${title}" en schrijft:`,
        `"${comment}"`,
        'Pas de tekst aan en stuur hem opnieuw ter akkoord.',
      ]}
      cta={{ href: url, label: 'Aanbod openen' }}
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
