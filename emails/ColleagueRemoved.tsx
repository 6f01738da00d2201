import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type ColleagueRemovedProps = { name: string; removedBy: string; organisation: string };

const nl = {
  preview: 'Je hebt geen toegang meer tot het partnerportaal',
  removed: (removedBy: string, organisation: string) =>
    `${removedBy} heeft je account voor het Dordtpas-partnerportaal van ${organisation} verwijderd. Je kunt niet meer inloggen.`,
  mistake: (removedBy: string) => `Is dit een vergissing? Neem dan contact op met ${removedBy} of met de redactie van Dordtpas.`,
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'You no longer have access to the partner portal',
    removed: (removedBy: string, organisation: string) =>
      `${removedBy} has removed your account for the Dordtpas partner portal of ${organisation}. You can no longer log in.`,
    mistake: (removedBy: string) => `Is this a mistake? Then please contact ${removedBy} or the Dordtpas editors.`,
  },
};

/** To a removed colleague: the account is gone, so a login that fails is not a mystery. */
export default function ColleagueRemoved({ name, removedBy, organisation }: ColleagueRemovedProps) {
  const t = useMailText(TEXT);
  return <Notice preview={t.preview} name={name} paragraphs={[t.removed(removedBy, organisation), t.mistake(removedBy)]} />;
}

ColleagueRemoved.PreviewProps = {
  name: 'Joost Jansen',
  removedBy: 'Sanne de Vries',
  organisation: 'Zwembad De Wielen',
} satisfies ColleagueRemovedProps;
