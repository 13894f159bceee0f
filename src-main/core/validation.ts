import type { z } from 'zod';
import { describeIssues } from '../../shared/domain/validationMessages';
import { DomainError } from './errors';

/** Validates with a shared schema; a failure becomes INVALID_INPUT listing every field problem. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = describeIssues(parsed.error.issues);
  throw new DomainError(
    'INVALID_INPUT',
    `Ongeldige invoer: ${problems.map((p) => p.message).join(' ')}`,
    `Invalid input: ${problems.map((p) => p.messageEn).join(' ')}`,
    { problems },
  );
}
