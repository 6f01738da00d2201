import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type ProposalRejectedProps = {
  name: string;
  title: string;
  reason: string;
  /** A change of what is online: that stays as it is. */
  change: boolean;
  url: string;
};

const nl = {
  previewChange: 'De redactie heeft je wijziging afgewezen',
  previewProposal: 'De redactie heeft je actievoorstel afgewezen',
  rejectedChange: (title: string) =>
    `De redactie van Dordtpas heeft je voorgestelde wijziging van "${title}" afgewezen. Op de website blijft staan wat er stond.`,
  rejectedProposal: (title: string) => `De redactie van Dordtpas heeft je actievoorstel "${title}" afgewezen.`,
  reason: 'De reden:',
  againChange: 'Wil je toch iets veranderen? Stel dan een nieuwe wijziging voor in het partnerportaal.',
  againProposal:
    'Wil je het opnieuw proberen? In het partnerportaal kopieer je het voorstel naar een nieuw voorstel. Pas dan aan wat de redactie vraagt.',
  questions: 'Heb je vragen? Antwoord op deze e-mail of neem contact op met Dordtpas.',
  cta: 'Naar het partnerportaal',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    previewChange: 'The Dordtpas editors have rejected your change',
    previewProposal: 'The Dordtpas editors have rejected your discount proposal',
    rejectedChange: (title: string) =>
      `The Dordtpas editors have rejected the change you proposed to "${title}". The website keeps showing what was there before.`,
    rejectedProposal: (title: string) => `The Dordtpas editors have rejected your discount proposal "${title}".`,
    reason: 'The reason:',
    againChange: 'Would you still like to change something? Then propose a new change in the partner portal.',
    againProposal:
      'Would you like to try again? In the partner portal you can copy the proposal into a new proposal. Then change what the editors ask for.',
    questions: 'Do you have any questions? Reply to this e-mail or contact Dordtpas.',
    cta: 'Go to the partner portal',
  },
};

/** To the partner's people: the editors refused a discount proposal, or a change of an offer that is online (issue 18). */
export default function ProposalRejected({ name, title, reason, change, url }: ProposalRejectedProps) {
  const t = useMailText(TEXT);
  return (
    <Notice
      preview={change ? t.previewChange : t.previewProposal}
      name={name}
      paragraphs={[
        change ? t.rejectedChange(title) : t.rejectedProposal(title),
        t.reason,
        <span key="reason" style={{ whiteSpace: 'pre-line' }}>
          {reason}
        </span>,
        change ? t.againChange : t.againProposal,
        t.questions,
      ]}
      cta={{ href: url, label: t.cta }}
    />
  );
}

ProposalRejected.PreviewProps = {
  name: 'Sanne de Vries',
  title: 'Korting op toegang zwembad',
  reason: 'De korting is minder dan 25%.\n\nMet 20% korting is de actie niet aantrekkelijk genoeg voor pashouders.',
  change: false,
  url: 'http://localhost:3000/partner',
} satisfies ProposalRejectedProps;
