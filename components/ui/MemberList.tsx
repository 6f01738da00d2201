import type { ReactNode } from 'react';
import { Alert } from './Alert';
import { Panel } from './Panel';

// The page of an invitation's list (a partner's colleagues, the editors): who can log in, the open
// invitations, and the form to invite somebody; on a phone the form comes last, one tap away.

type Texts = { intro: string; invite: string; inviteIntro: string; members: string };

export function MemberListLayout({
  texts: t,
  flash,
  membersId,
  columns,
  members,
  pending,
  inviteForm,
}: {
  texts: Texts;
  /** What the action that led here did (its form left the page with the change). */
  flash: string | null;
  membersId: string;
  /** The grid's columns on a wide screen: members · invite form. */
  columns: string;
  /** The MemberRows. */
  members: ReactNode;
  pending: ReactNode;
  inviteForm: ReactNode;
}) {
  return (
    <>
      <p className="mt-2 max-w-prose">{t.intro}</p>
      {/* On a phone the form is below the lists: one tap to it, in the reading order. */}
      <p className="mt-3 lg:hidden">
        <a href="#invite-title">{t.invite} ↓</a>
      </p>
      {flash ? (
        <div className="mt-4">
          <Alert kind="success">{flash}</Alert>
        </div>
      ) : null}
      <div className={`mt-6 grid gap-8 ${columns}`}>
        <div className="space-y-8">
          <Panel id={membersId} title={t.members} className="rounded-lg bg-white p-5">
            <ul className="mt-3 divide-y divide-line/30">{members}</ul>
          </Panel>
          {pending}
        </div>
        <Panel id="invite-title" title={t.invite} className="self-start rounded-lg bg-white p-5">
          <p className="mt-2 text-muted">{t.inviteIntro}</p>
          {inviteForm}
        </Panel>
      </div>
    </>
  );
}

/** One person of the list: name (and "(jij)"), a badge, lines about them, and what can be done. */
export function MemberRow({
  id,
  name,
  you,
  badge,
  details,
  children,
}: {
  id: string;
  name: string;
  /** "(jij)" when it is the reader. */
  you: string | null;
  badge?: ReactNode;
  details: ReactNode[];
  children: ReactNode;
}) {
  return (
    <li className="space-y-3 py-4">
      {/* Its forms' buttons are described by this line: "Medewerker maken" says whom. */}
      <p id={`user-${id}`}>
        <span className="block font-semibold">
          {name} {you ? <span className="font-normal text-muted">{you}</span> : null}
          {badge}
        </span>
        {details.map((detail, i) => (
          <span key={i} className="block text-sm break-words text-muted">
            {detail}
          </span>
        ))}
      </p>
      {children}
    </li>
  );
}
