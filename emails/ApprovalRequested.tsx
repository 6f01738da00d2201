import { Notice } from './Layout';

export type ApprovalRequestedProps = { name: string; title: string; url: string };

export default function ApprovalRequested({ name, title, url }: ApprovalRequestedProps) {
  return (
    <Notice
      preview="Je aanbod is klaar: graag je akkoord"
      name={name}
      paragraphs={[
        `De redactie van Dordtpas heeft je aanbod "${title}" voor de website geschreven. Bekijk hoe het eruit komt te zien en ga akkoord, of laat weten wat je anders wilt.`,
        'Log in op het partnerportaal. Onder Home staat je aanbod met de knop "behandel".',
      ]}
      cta={{ href: url, label: 'Aanbod bekijken' }}
    />
  );
}

ApprovalRequested.PreviewProps = {
  name: 'Sanne de Vries',
  title: 'Zwemmen bij De Wielen',
  url: 'http://localhost:3000/partner',
} satisfies ApprovalRequestedProps;
