import { z } from 'zod';
import { plainText } from './text';

// Messages are catalogue keys (namespace `validation`); the form renders them translated.
export const emailField = plainText()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'email' }));

export const signInSchema = z.object({
  email: emailField,
  password: plainText().min(1, { error: 'required' }).max(200),
});

export const passwordField = plainText()
  .min(10, { error: 'passwordTooShort' })
  .max(200, { error: 'tooLong' })
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { error: 'passwordWeak' });

export const registerSchema = z
  .object({
    name: plainText().trim().min(2, { error: 'required' }).max(50, { error: 'tooLong' }),
    email: emailField,
    phone: plainText()
      .trim()
      .regex(/^1\d{10}$/, { error: 'phone' }),
    password: passwordField,
    confirmPassword: plainText(),
    enterpriseMode: z.enum(['create', 'join']),
    enterpriseName: plainText().trim().min(4, { error: 'enterpriseName' }).max(100, { error: 'tooLong' }),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], error: 'passwordMismatch' });

export type RegisterInput = z.infer<typeof registerSchema>;
