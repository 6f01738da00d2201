import { z } from 'zod';
import { nl } from '@/lib/i18n/nl';
import { PORTAL_LOCALES } from '@/lib/i18n/locales';
import { email, newPasswordFields, newPasswordIssues, password } from '@/lib/partners/schema';

const v = nl.validation;

export const loginSchema = z.object({
  identifier: z.string({ error: nl.login.invalid }).trim().min(1, v.required).max(254, nl.login.invalid),
  password: z.string({ error: v.required }).min(1, v.required).max(200, nl.login.invalid),
  volgende: z.string().optional(),
});

export const emailSchema = z.object({ email });

export const tokenSchema = z.object({ token: z.string().min(1).max(200) });

export const newPasswordSchema = z
  .object({ token: z.string().min(1).max(200), password, passwordRepeat: z.string().optional().default('') })
  .superRefine((data, ctx) => {
    if (data.password && data.passwordRepeat !== data.password)
      ctx.addIssue({ code: 'custom', path: ['passwordRepeat'], message: v.passwordRepeat });
  });

const own = nl.ownData;

/**
 * "Wachtwoord wijzigen" (issue 17): the current password and the new one twice, with the
 * registration's rules. The browser passes the account's username and address, so that "not like
 * your username" is told before sending; the server checks that against the account itself.
 */
export function changePasswordSchema(account: { username?: string; email?: string } = {}) {
  return z
    .object({
      currentPassword: z.string({ error: own.password.currentRequired }).min(1, own.password.currentRequired).max(200, own.password.wrong),
      ...newPasswordFields,
    })
    .superRefine(
      (data, ctx) => {
        const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
        if (data.password && data.password === data.currentPassword) issue('password', own.password.same);
        else newPasswordIssues(data, account, issue);
      },
      { when: () => true },
    );
}
export type ChangePasswordInput = z.infer<ReturnType<typeof changePasswordSchema>>;
/** Never sent back to the browser. */
export const CHANGE_PASSWORD_SECRET_FIELDS = ['currentPassword', 'password', 'passwordRepeat'] as const;

/** "E-mailadres wijzigen": the new address; it counts only once its link is pressed. */
export const changeEmailSchema = z.object({ email });

/** The language a user chooses for the mails (and the portal): issue 21. */
export const localeSchema = z.object({ locale: z.enum(PORTAL_LOCALES, { message: nl.ownData.locale.invalid }) });
