import { Notice } from './Layout';

export type PartnerTypeChangedProps = { name: string; url: string };

export default function PartnerTypeChanged({ name, url }: PartnerTypeChangedProps) {
  return (
    <Notice
      preview="Je kunt nu kortingsacties voorstellen"
      name={name}
      paragraphs={[
        'De redactie heeft je verzoek goedgekeurd: je organisatie is nu partner voor tegoed en korting.',
        'In het partnerportaal staat de knop "Actievoorstel toevoegen". Daarmee stel je een korting van minimaal 25% voor.',
      ]}
      cta={{ href: url, label: 'Naar het partnerportaal' }}
    />
  );
}

PartnerTypeChanged.PreviewProps = { name: 'Sanne de Vries', url: 'http://localhost:3000/partner' } satisfies PartnerTypeChangedProps;
