import { Notice } from './Layout';

export type PartnerTypeRequestedProps = { name: string; organisation: string; url: string };

export default function PartnerTypeRequested({ name, organisation, url }: PartnerTypeRequestedProps) {
  return (
    <Notice
      preview={`${organisation} wil ook korting geven`}
      name={name}
      paragraphs={[
        `${organisation} biedt nu alleen tegoed besteden aan en wil pashouders ook korting geven.`,
        'Kijk of dat past en wijzig de soort partner naar "tegoed en korting". Daarna kan de partner actievoorstellen indienen.',
      ]}
      cta={{ href: url, label: 'Verzoek bekijken' }}
    />
  );
}

PartnerTypeRequested.PreviewProps = {
  name: 'Ruud Redacteur',
  organisation: 'De Boekhoek',
  url: 'http://localhost:3000/redactie',
} satisfies PartnerTypeRequestedProps;
