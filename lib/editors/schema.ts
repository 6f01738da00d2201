import { z } from 'zod';
import { nl } from '@/lib/i18n/nl';
import { idField } from '@/lib/forms';

// The editors' beheerder's forms (issue 18). Inviting, a role change and revoking take the same
// fields as the colleagues' forms (lib/partners/schema.ts): those schemas serve here too.
export {
  INVITATION_SECRET_FIELDS,
  acceptInvitationSchema,
  colleagueRoleSchema as editorRoleSchema,
  colleagueSchema as editorSchema,
  invitationSchema,
  inviteSchema,
} from '@/lib/partners/schema';
export type { InviteInput } from '@/lib/partners/schema';

/** "Uitschakelen": the reason is optional and read only by the editors' beheerders (in the log). */
export const disableSchema = z.object({
  userId: idField,
  reason: z.string().trim().max(500, nl.editors.reasonTooLong).optional().default(''),
});
