import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type PartnerReactivatedProps = { name: string; organisation: string; reason: string; url: string };

const nl = {
  preview: 'Je account bij Dordtpas is weer actief',
  reactivated: (organisation: string) =>
    `De redactie van Dordtpas heeft ${organisation} weer actief gemaakt. Je kunt weer inloggen op het partnerportaal.`,
  editorsWrite: (reason: string) => `De redactie schrijft: "${reason}"`,
  offerBack: 'Aanbod dat online stond en nog geldig is, staat weer op de website.',
  cta: 'Naar het partnerportaal',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'Your Dordtpas account is active again',
    reactivated: (organisation: string) =>
      `The Dordtpas editors have made ${organisation} active again. You can log in to the partner portal again.`,
    editorsWrite: (reason: string) => `The Dordtpas editors write: "${reason}"`,
    offerBack: 'Offers that were online and are still valid are back on the website.',
    cta: 'Go to the partner portal',
  },
};

/** The editors reactivated the partner (issue 18): logins work again, what was online is back. */
export default function PartnerReactivated({ name, organisation, reason, url }: PartnerReactivatedProps) {
  const t = useMailText(TEXT);
  return (
    <Notice
      preview={t.preview}
      name={name}
      paragraphs={[t.reactivated(organisation), ...(reason ? [t.editorsWrite(reason)] : []), t.offerBack]}
      cta={{ href: url, label: t.cta }}
    />
  );
}

PartnerReactivated.PreviewProps = {
  name: 'Sanne de Vries',
  organisation: 'Zwembad De Wielen',
  reason: 'Het zwembad is weer open.',
  url: 'http://localhost:3000/partner',
} satisfies PartnerReactivatedProps;
