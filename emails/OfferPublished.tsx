import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type OfferPublishedProps = { name: string; title: string; url: string };

const nl = {
  preview: 'Je aanbod staat op de Dordtpas-website',
  published: (title: string) =>
    `Bedankt voor je akkoord. "${title}" staat nu op de Dordtpas-website, en pashouders kunnen er gebruik van maken.`,
  cta: 'Bekijk je aanbod',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'Your offer is on the Dordtpas website',
    published: (title: string) => `Thank you for your approval. "${title}" is now on the Dordtpas website, and pass holders can use it.`,
    cta: 'See your offer',
  },
};

export default function OfferPublished({ name, title, url }: OfferPublishedProps) {
  const t = useMailText(TEXT);
  return <Notice preview={t.preview} name={name} paragraphs={[t.published(title)]} cta={{ href: url, label: t.cta }} />;
}

OfferPublished.PreviewProps = {
  name: 'Sanne de Vries',
  title: 'Zwemmen bij De Wielen',
  url: 'http://localhost:3000/aanbod/zwembad-de-wielen',
} satisfies OfferPublishedProps;
