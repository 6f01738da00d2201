import { Notice } from './Layout';

export type PartnerReactivatedProps = { name: string; organisation: string; reason: string; url: string };

/** The editors reactivated the partner (issue 18): logins work again, what was online is back. */
export default function PartnerReactivated({ name, organisation, reason, url }: PartnerReactivatedProps) {
  return (
    <Notice
      preview="Je account bij Dordtpas is weer actief"
      name={name}
      paragraphs={[
        `De redactie van Dordtpas heeft ${organisation} weer actief gemaakt. Je kunt weer inloggen op het partnerportaal.`,
        ...(reason ? [`De redactie schrijft: "${reason}"`] : []),
        'Aanbod dat online stond en nog geldig is, staat weer op de website.',
      ]}
      cta={{ href: url, label: 'Naar het partnerportaal' }}
    />
  );
}

PartnerReactivated.PreviewProps = {
  name: 'Sanne de Vries',
  organisation: 'Zwembad De Wielen',
  reason: 'Het zwembad is weer open.',
  url: 'http://localhost:3000/partner',
} satisfies PartnerReactivatedProps;
