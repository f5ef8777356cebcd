import { z } from 'zod';

// Messages are catalogue keys (namespace `validation`); the form renders them translated.
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'email' }));

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, { error: 'required' }).max(200),
});

export const passwordField = z
  .string()
  .min(10, { error: 'passwordTooShort' })
  .max(200, { error: 'tooLong' })
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { error: 'passwordWeak' });

export const registerSchema = z
  .object({
    name: z.string().trim().min(2, { error: 'required' }).max(50, { error: 'tooLong' }),
    email: emailField,
    phone: z
      .string()
      .trim()
      .regex(/^1\d{10}$/, { error: 'phone' }),
    password: passwordField,
    confirmPassword: z.string(),
    enterpriseMode: z.enum(['create', 'join']),
    enterpriseName: z.string().trim().min(4, { error: 'enterpriseName' }).max(100, { error: 'tooLong' }),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], error: 'passwordMismatch' });

export type RegisterInput = z.infer<typeof registerSchema>;
