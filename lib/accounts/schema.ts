import { z } from 'zod';
import { nl } from '@/lib/i18n/nl';
import { email, password } from '@/lib/partners/schema';

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
