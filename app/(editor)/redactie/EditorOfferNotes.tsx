import { portalText } from '@/lib/i18n/request';

const noteClass = 'mb-4 rounded-md bg-brand-light p-3';

/** The notes on top of the editor's form: the page's own (if any), then that the partner has it or that it is online. */
export async function EditorOfferNotes({ own, awaiting, published }: { own: string | null; awaiting: boolean; published: boolean }) {
  const t = (await portalText()).offer.editor;
  return (
    <>
      {own ? <p className={noteClass}>{own}</p> : null}
      {awaiting ? <p className={noteClass}>{t.awaitingNote}</p> : null}
      {published ? <p className={noteClass}>{t.publishedNote}</p> : null}
    </>
  );
}
