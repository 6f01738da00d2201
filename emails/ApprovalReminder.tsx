import { formatDate } from '@/lib/i18n/format';
import { Notice } from './Layout';
import { useMailLocale, useMailText, type MailText } from './locale';

export type ApprovalReminderProps = { name: string; title: string; sentOn: Date; second: boolean; url: string };

const nl = {
  preview: 'Herinnering: je akkoord is nodig',
  previewSecond: 'Tweede herinnering: je akkoord is nodig',
  asked: (sentOn: string, title: string) =>
    `Op ${sentOn} heeft de redactie van Dordtpas je gevraagd om akkoord te gaan met "${title}". We hebben nog geen antwoord van je gehad.`,
  look: 'Bekijk hoe je aanbod eruit komt te zien. Ga akkoord, dan staat het direct op de website. Of laat weten wat je anders wilt.',
  last: 'Dit is de tweede en laatste herinnering. Heb je vragen? Antwoord op deze e-mail.',
  cta: 'Aanbod bekijken',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'Reminder: we need your approval',
    previewSecond: 'Second reminder: we need your approval',
    asked: (sentOn: string, title: string) =>
      `On ${sentOn} the Dordtpas editors asked you to approve "${title}". We have not had an answer from you yet.`,
    look: 'See how your offer will look. If you approve it, it will be on the website straight away. Or tell us what you would like to change.',
    last: 'This is the second and last reminder. Do you have any questions? Reply to this e-mail.',
    cta: 'See the offer',
  },
};

/** A partner has not answered an approval request (issue 18): the first or the second reminder. */
export default function ApprovalReminder({ name, title, sentOn, second, url }: ApprovalReminderProps) {
  const t = useMailText(TEXT);
  const locale = useMailLocale();
  return (
    <Notice
      preview={second ? t.previewSecond : t.preview}
      name={name}
      paragraphs={[t.asked(formatDate(sentOn, locale), title), t.look, ...(second ? [t.last] : [])]}
      cta={{ href: url, label: t.cta }}
    />
  );
}

ApprovalReminder.PreviewProps = {
  name: 'Sanne de Vries',
  title: 'Zwemmen bij De Wielen',
  sentOn: new Date('2026-11-25T10:00:00Z'),
  second: false,
  url: 'http://localhost:3000/partner/aanbod/abc',
} satisfies ApprovalReminderProps;
