import { Notice } from './Layout';

export type ColleagueRemovedProps = { name: string; removedBy: string; organisation: string };

/** To a removed colleague: the account is gone, so a login that fails is not a mystery. */
export default function ColleagueRemoved({ name, removedBy, organisation }: ColleagueRemovedProps) {
  return (
    <Notice
      preview="Je hebt geen toegang meer tot het partnerportaal"
      name={name}
      paragraphs={[
        `${removedBy} heeft je account voor het Dordtpas-partnerportaal van ${organisation} verwijderd. Je kunt niet meer inloggen.`,
        `Is dit een vergissing? Neem dan contact op met ${removedBy} of met de redactie van Dordtpas.`,
      ]}
    />
  );
}

ColleagueRemoved.PreviewProps = {
  name: 'Joost Jansen',
  removedBy: 'Sanne de Vries',
  organisation: 'Zwembad De Wielen',
} satisfies ColleagueRemovedProps;
