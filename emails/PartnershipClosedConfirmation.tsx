import { Notice } from './Layout';

export type PartnershipClosedConfirmationProps = {
  name: string;
  organisation: string;
  closedBy: string;
  date: string;
  retentionDays: number;
};

/** To every person of the organisation: the partnership has ended, so a login that fails is no mystery. */
export default function PartnershipClosedConfirmation({
  name,
  organisation,
  closedBy,
  date,
  retentionDays,
}: PartnershipClosedConfirmationProps) {
  return (
    <Notice
      preview="De samenwerking met Dordtpas is beëindigd"
      name={name}
      paragraphs={[
        `${closedBy} heeft op ${date} de samenwerking van ${organisation} met Dordtpas beëindigd.`,
        'Jullie aanbod staat niet meer op de Dordtpas-website. Niemand van jullie organisatie kan nog inloggen in het partnerportaal.',
        `We bewaren de gegevens van jullie accounts nog ${retentionDays} dagen. Daarna verwijderen we ze. In de geschiedenis van jullie aanbod staat dan geen naam meer.`,
        'Is dit een vergissing, of wil je later weer partner worden? Neem dan contact op met de redactie van Dordtpas.',
      ]}
    />
  );
}

PartnershipClosedConfirmation.PreviewProps = {
  name: 'Joost Jansen',
  organisation: 'Zwembad De Wielen',
  closedBy: 'Sanne de Vries',
  date: '1 december 2026',
  retentionDays: 365,
} satisfies PartnershipClosedConfirmationProps;
