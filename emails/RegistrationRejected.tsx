import { formatDate } from '@/lib/i18n/format';
import { Notice } from './Layout';
import { useMailLocale, useMailText, type MailText } from './locale';

export type RegistrationRejectedProps = {
  name: string;
  organisation: string;
  date: Date;
  reason: string;
  url: string;
};

const nl = {
  preview: 'De redactie heeft je aanmelding afgewezen',
  rejected: (date: string, organisation: string) =>
    `De redactie van Dordtpas heeft op ${date} de aanmelding van ${organisation} als partner afgewezen. Je kunt daarom niet inloggen in het partnerportaal.`,
  reason: 'De reden:',
  again: 'Heb je dit opgelost? Meld je dan opnieuw aan. Je mag hetzelfde KvK-nummer, e-mailadres en dezelfde gebruikersnaam gebruiken.',
  questions: 'Heb je vragen? Antwoord op deze e-mail of neem contact op met Dordtpas.',
  cta: 'Opnieuw aanmelden',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'The Dordtpas editors have rejected your registration',
    rejected: (date: string, organisation: string) =>
      `On ${date}, the Dordtpas editors rejected the registration of ${organisation} as a partner. This means you cannot log in to the partner portal.`,
    reason: 'The reason:',
    again:
      'Have you solved this? Then please register again. You may use the same KvK number (Chamber of Commerce number), e-mail address and username.',
    questions: 'Do you have any questions? Reply to this e-mail or contact Dordtpas.',
    cta: 'Register again',
  },
};

/** To the people of a refused registration (issue 18): why, and that they may register anew once it is solved. */
export default function RegistrationRejected({ name, organisation, date, reason, url }: RegistrationRejectedProps) {
  const t = useMailText(TEXT);
  const locale = useMailLocale();
  return (
    <Notice
      preview={t.preview}
      name={name}
      paragraphs={[
        t.rejected(formatDate(date, locale), organisation),
        t.reason,
        <span key="reason" style={{ whiteSpace: 'pre-line' }}>
          {reason}
        </span>,
        t.again,
        t.questions,
      ]}
      cta={{ href: url, label: t.cta }}
    />
  );
}

RegistrationRejected.PreviewProps = {
  name: 'Joost Jansen',
  organisation: 'Fietsenmaker Jansen',
  date: new Date('2026-12-02T13:05:00Z'),
  reason:
    'Uw organisatie is niet gevestigd in Dordrecht.\n\nUw adres is in Zwijndrecht. Dordtpas is alleen voor organisaties in Dordrecht.',
  url: 'http://localhost:3000/aanmelden',
} satisfies RegistrationRejectedProps;
