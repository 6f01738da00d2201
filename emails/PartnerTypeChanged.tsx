import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type PartnerTypeChangedProps = { name: string; url: string };

const nl = {
  preview: 'Je kunt nu kortingsacties voorstellen',
  approved: 'De redactie heeft je verzoek goedgekeurd: je organisatie is nu partner voor tegoed en korting.',
  button: 'In het partnerportaal staat de knop "Actievoorstel toevoegen". Daarmee stel je een korting van minimaal 25% voor.',
  cta: 'Naar het partnerportaal',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'You can now propose discount offers',
    approved: 'The Dordtpas editors have approved your request: your organisation is now a partner for credit and discount.',
    button: 'In the partner portal you will find the button "Add discount proposal". With it, you propose a discount of at least 25%.',
    cta: 'Go to the partner portal',
  },
};

export default function PartnerTypeChanged({ name, url }: PartnerTypeChangedProps) {
  const t = useMailText(TEXT);
  return <Notice preview={t.preview} name={name} paragraphs={[t.approved, t.button]} cta={{ href: url, label: t.cta }} />;
}

PartnerTypeChanged.PreviewProps = { name: 'Sanne de Vries', url: 'http://localhost:3000/partner' } satisfies PartnerTypeChangedProps;
