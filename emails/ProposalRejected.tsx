import { Notice } from './Layout';

export type ProposalRejectedProps = {
  name: string;
  title: string;
  reason: string;
  /** A change of what is online: that stays as it is. */
  change: boolean;
  url: string;
};

/** To the partner's people: the editors refused a discount proposal, or a change of an offer that is online (issue 18). */
export default function ProposalRejected({ name, title, reason, change, url }: ProposalRejectedProps) {
  return (
    <Notice
      preview={change ? 'De redactie heeft je wijziging afgewezen' : 'De redactie heeft je actievoorstel afgewezen'}
      name={name}
      paragraphs={[
        change
          ? `De redactie van Dordtpas heeft je voorgestelde wijziging van "${title}" afgewezen. Op de website blijft staan wat er stond.`
          : `De redactie van Dordtpas heeft je actievoorstel "${title}" afgewezen.`,
        'De reden:',
        <span key="reason" style={{ whiteSpace: 'pre-line' }}>
          {reason}
        </span>,
        change
          ? 'Wil je toch iets veranderen? Stel dan een nieuwe wijziging voor in het partnerportaal.'
          : 'Wil je het opnieuw proberen? In het partnerportaal kopieer je het voorstel naar een nieuw voorstel. Pas dan aan wat de redactie vraagt.',
        'Heb je vragen? Antwoord op deze e-mail of neem contact op met Dordtpas.',
      ]}
      cta={{ href: url, label: 'Naar het partnerportaal' }}
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
