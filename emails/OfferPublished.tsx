import { Notice } from './Layout';

export type OfferPublishedProps = { name: string; title: string; url: string };

export default function OfferPublished({ name, title, url }: OfferPublishedProps) {
  return (
    <Notice
      preview="Je aanbod staat op de Dordtpas-website"
      name={name}
      paragraphs={[`Bedankt voor je akkoord. "${title}" staat nu op de Dordtpas-website, en pashouders kunnen er gebruik van maken.`]}
      cta={{ href: url, label: 'Bekijk je aanbod' }}
    />
  );
}

OfferPublished.PreviewProps = {
  name: 'Sanne de Vries',
  title: 'Zwemmen bij De Wielen',
  url: 'http://localhost:3000/aanbod/zwembad-de-wielen',
} satisfies OfferPublishedProps;
