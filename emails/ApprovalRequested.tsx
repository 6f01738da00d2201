import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type ApprovalRequestedProps = { name: string; title: string; url: string };

const nl = {
  preview: 'Je aanbod is klaar: graag je akkoord',
  written: (title: string) =>
    `De redactie van Dordtpas heeft je aanbod "${title}" voor de website geschreven. Bekijk hoe het eruit komt te zien en ga akkoord, of laat weten wat je anders wilt.`,
  where: 'Log in op het partnerportaal. Onder Home staat je aanbod met de knop "behandel".',
  cta: 'Aanbod bekijken',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'Your offer is ready: please give your approval',
    written: (title: string) =>
      `The Dordtpas editors have written your offer "${title}" for the website. See how it will look and approve it, or tell us what you would like to change.`,
    where: 'Log in to the partner portal. Under Home you will find your offer with the button "handle".',
    cta: 'See the offer',
  },
};

export default function ApprovalRequested({ name, title, url }: ApprovalRequestedProps) {
  const t = useMailText(TEXT);
  return <Notice preview={t.preview} name={name} paragraphs={[t.written(title), t.where]} cta={{ href: url, label: t.cta }} />;
}

ApprovalRequested.PreviewProps = {
  name: 'Sanne de Vries',
  title: 'Zwemmen bij De Wielen',
  url: 'http://localhost:3000/partner',
} satisfies ApprovalRequestedProps;
