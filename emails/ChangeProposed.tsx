import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type ChangeProposedProps = { name: string; organisation: string; title: string; note: string; url: string };

const nl = {
  preview: (organisation: string) => `${organisation} stelt een wijziging voor`,
  proposed: (organisation: string, title: string) =>
    `${organisation} stelt een wijziging voor van "${title}". De versie die nu online staat, blijft online tot de partner akkoord geeft op de nieuwe tekst.`,
  note: (note: string) => `Toelichting van de partner: ${note}`,
  todo: 'Herschrijf de wijziging voor de website en stuur haar ter akkoord.',
  cta: 'Wijziging bekijken',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: (organisation: string) => `${organisation} proposes a change`,
    proposed: (organisation: string, title: string) =>
      `${organisation} proposes a change to "${title}". The version that is online now stays online until the partner approves the new text.`,
    note: (note: string) => `The partner's explanation: ${note}`,
    todo: 'Rewrite the change for the website and send it for approval.',
    cta: 'See the change',
  },
};

/** To the editors: a partner proposes a change to something that is online; the online version stays until the new one is approved. */
export default function ChangeProposed({ name, organisation, title, note, url }: ChangeProposedProps) {
  const t = useMailText(TEXT);
  return (
    <Notice
      preview={t.preview(organisation)}
      name={name}
      paragraphs={[t.proposed(organisation, title), ...(note ? [t.note(note)] : []), t.todo]}
      cta={{ href: url, label: t.cta }}
    />
  );
}

ChangeProposed.PreviewProps = {
  name: 'Ruud Redacteur',
  organisation: 'Zwembad De Wielen',
  title: 'Zwemmen bij De Wielen',
  note: 'We zijn vanaf januari ook op zondag open.',
  url: 'http://localhost:3000/redactie',
} satisfies ChangeProposedProps;
