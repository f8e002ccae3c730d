import * as z from 'zod/mini';

/** One field's problem in a 422 answer. */
export const FieldErrorSchema = z.object({
  field: z.string().check(z.minLength(1), z.maxLength(100)),
  message: z.string().check(z.minLength(1), z.maxLength(300)),
});

/** The body of a 422: every field's problem, for the form to show beside each field. */
export const ValidationErrorSchema = z.object({
  errors: z.array(FieldErrorSchema).check(z.minLength(1), z.maxLength(50)),
});

/** The body of every other error answer. Plain text; never rendered as HTML. */
export const MessageErrorSchema = z.object({
  message: z.string().check(z.maxLength(300)),
});
