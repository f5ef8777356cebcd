import { z } from 'zod';

/** The account settings form: whether the user wants non-essential e-mail. */
export const mailPreferenceSchema = z.object({ emailOptional: z.boolean() });
export type MailPreferenceInput = z.input<typeof mailPreferenceSchema>;
