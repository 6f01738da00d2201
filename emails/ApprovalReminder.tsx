import { Notice } from './Layout';

export type ApprovalReminderProps = { name: string; title: string; sentOn: string; second: boolean; url: string };

/** A partner has not answered an approval request (issue 18): the first or the second reminder. */
export default function ApprovalReminder({ name, title, sentOn, second, url }: ApprovalReminderProps) {
  return (
    <Notice
      preview={second ? 'Tweede herinnering: je akkoord is nodig' : 'Herinnering: je akkoord is nodig'}
      name={name}
      paragraphs={[
        `Op ${sentOn} heeft de redactie van Dordtpas je gevraagd om akkoord te gaan met "${title}". We hebben nog geen antwoord van je gehad.`,
        'Bekijk hoe je aanbod eruit komt te zien. Ga akkoord, dan staat het direct op de website. Of laat weten wat je anders wilt.',
        ...(second ? ['Dit is de tweede en laatste herinnering. Heb je vragen? Antwoord op deze e-mail.'] : []),
      ]}
      cta={{ href: url, label: 'Aanbod bekijken' }}
    />
  );
}

ApprovalReminder.PreviewProps = {
  name: 'Sanne de Vries',
  title: 'Zwemmen bij De Wielen',
  sentOn: '25 november 2026',
  second: false,
  url: 'http://localhost:3000/partner/aanbod/abc',
} satisfies ApprovalReminderProps;
