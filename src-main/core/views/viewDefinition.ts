import { viewDefinitionSchema, type ViewDefinition } from '../../../shared/domain/savedView';

/**
 * A stored definition as this version can use it. A definition that does not validate (written
 * by a newer version that knows more sort fields, or edited by hand) keeps the parts that do,
 * rather than losing the whole view or handing the grid something it cannot apply.
 */
export function readViewDefinition(stored: unknown): ViewDefinition {
  const whole = viewDefinitionSchema.safeParse(stored);
  if (whole.success) return whole.data;
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const kept: Record<string, unknown> = {};
  const shape = viewDefinitionSchema.shape as Record<string, (typeof viewDefinitionSchema.shape)[keyof ViewDefinition]>;
  for (const [key, value] of Object.entries(stored)) {
    const part = Object.prototype.hasOwnProperty.call(shape, key) ? shape[key]!.safeParse(value) : null;
    if (part?.success && part.data !== undefined) kept[key] = part.data;
  }
  return kept as ViewDefinition;
}
