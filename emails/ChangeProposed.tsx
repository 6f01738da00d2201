import { Notice } from './Layout';

export type ChangeProposedProps = { name: string; organisation: string; title: string; note: string; url: string };

/** To the editors: a partner proposes a change to something that is online; the online version stays until the new one is approved. */
export default function ChangeProposed({ name, organisation, title, note, url }: ChangeProposedProps) {
  return (
    <Notice
      preview={`${organisation} stelt een wijziging voor`}
      name={name}
      paragraphs={[
        `${organisation} stelt een wijziging voor van "${title}". De versie die nu online staat, blijft online tot de partner akkoord geeft op de nieuwe tekst.`,
        ...(note ? [`Toelichting van de partner: ${note}`] : []),
        'Herschrijf de wijziging voor de website en stuur haar ter akkoord.',
      ]}
      cta={{ href: url, label: 'Wijziging bekijken' }}
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
