import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type PartnerTypeRequestedProps = { name: string; organisation: string; url: string };

const nl = {
  preview: (organisation: string) => `${organisation} wil ook korting geven`,
  request: (organisation: string) => `${organisation} biedt nu alleen tegoed besteden aan en wil pashouders ook korting geven.`,
  check: 'Kijk of dat past en wijzig de soort partner naar "tegoed en korting". Daarna kan de partner actievoorstellen indienen.',
  cta: 'Verzoek bekijken',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: (organisation: string) => `${organisation} also wants to give a discount`,
    request: (organisation: string) =>
      `At the moment ${organisation} only offers spending credit, and would also like to give pass holders a discount.`,
    check:
      'Check whether that fits, and change the partner type to "credit and discount". After that the partner can submit discount proposals.',
    cta: 'See the request',
  },
};

export default function PartnerTypeRequested({ name, organisation, url }: PartnerTypeRequestedProps) {
  const t = useMailText(TEXT);
  return (
    <Notice
      preview={t.preview(organisation)}
      name={name}
      paragraphs={[t.request(organisation), t.check]}
      cta={{ href: url, label: t.cta }}
    />
  );
}

PartnerTypeRequested.PreviewProps = {
  name: 'Ruud Redacteur',
  organisation: 'De Boekhoek',
  url: 'http://localhost:3000/redactie',
} satisfies PartnerTypeRequestedProps;
