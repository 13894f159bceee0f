import fc, { type Arbitrary } from 'fast-check';
import type { z } from 'zod';

/**
 * A fast-check arbitrary for what a caller may send to a zod 4 schema (its input side), built by
 * walking `schema._zod.def`. Mostly values the schema accepts, mixed with boundary values
 * (empty, one character, the maximum, one past it, hostile text, extreme numbers), so the
 * fuzz test reaches deep into the handlers and also probes every limit. Refinements on whole
 * objects (end before start, ...) are not modelled: those inputs are simply refused.
 */

/** Replaces the arbitrary of an object property by name (paths, ids of existing rows, files). */
export type Override = (key: string, schema: z.ZodType, fallback: () => Arbitrary<unknown>) => Arbitrary<unknown> | undefined;

export interface ZodArbitraryOptions {
  override?: Override;
  /** Longest array generated (the schema's own maximum when lower); default 5. */
  maxArrayLength?: number;
  /** Longest ordinary string generated apart from the boundary values; default 40. */
  maxStringLength?: number;
}

/** Text that has broken other programs: markup, formulas, paths, control characters, odd unicode. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '   \t  ',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example","klik")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '../../etc/passwd',
  '..\\..\\windows\\system32',
  'a\u0000b',
  '\u0000',
  '\r\n',
  '\u202eevil\u202c',
  'Ωé漢字🙂',
  '\ud800',
  "'; DROP TABLE channels; --",
  '%s%s%n',
  '${process.exit()}',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '1e308',
  'NaN',
];

/** Numbers at and past every usual limit. */
export const BOUNDARY_NUMBERS: readonly number[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  2 ** 53 - 1,
  2 ** 53,
  -(2 ** 53),
  1e308,
  -1e308,
  Number.MIN_VALUE,
];

interface Def {
  type: string;
  [key: string]: unknown;
}

/** The zod 4 type name of a schema ("string", "optional", ...), for overrides that only replace leaves. */
export function zodType(schema: unknown): string {
  return defOf(schema).type;
}

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

interface CheckDef {
  check: string;
  [key: string]: unknown;
}

function checksOf(def: Def): CheckDef[] {
  const checks = (def.checks as Array<{ _zod: { def: CheckDef } }> | undefined) ?? [];
  return checks.map((check) => check._zod.def);
}

const ISO_DATE_SOURCE = String.raw`^\d{4}-\d{2}-\d{2}$`;

/** Calendar dates, mostly real ones in the app's years, plus the edges (leap days, year 0, 9999). */
export function isoDateArbitrary(): Arbitrary<string> {
  const real = fc
    .date({ min: new Date('1985-01-01T00:00:00Z'), max: new Date('2210-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
  const edges = fc.constantFrom(
    '2014-09-02',
    '2014-09-05',
    '2016-02-29',
    '2015-02-29',
    '1990-01-01',
    '1989-12-31',
    '2200-12-31',
    '2201-01-01',
    '0000-01-01',
    '9999-12-31',
    '2014-13-01',
    '2014-00-10',
  );
  return fc.oneof({ arbitrary: real, weight: 8 }, { arbitrary: edges, weight: 1 });
}

function stringArbitrary(def: Def, options: Required<Omit<ZodArbitraryOptions, 'override'>>): Arbitrary<unknown> {
  const checks = checksOf(def);
  let min = 0;
  let max = Infinity;
  let pattern: RegExp | null = null;
  let format: string | null = typeof def.format === 'string' ? def.format : null;
  for (const check of checks) {
    if (check.check === 'min_length') min = Math.max(min, check.minimum as number);
    else if (check.check === 'max_length') max = Math.min(max, check.maximum as number);
    else if (check.check === 'length_equals') min = max = check.length as number;
    else if (check.check === 'string_format') {
      if (check.format === 'regex') pattern = check.pattern as RegExp;
      else format = check.format as string;
    }
  }
  if (format === 'uuid' || format === 'guid') {
    return fc.oneof(
      { arbitrary: fc.uuid({ version: 4 }), weight: 10 },
      { arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', 'not-a-uuid', ''), weight: 1 },
    );
  }
  if (format === 'email') {
    return fc.oneof({ arbitrary: fc.emailAddress(), weight: 4 }, { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 1 });
  }
  if (pattern) {
    if (pattern.source === ISO_DATE_SOURCE) return isoDateArbitrary();
    const matching = fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= max);
    return fc.oneof({ arbitrary: matching, weight: 10 }, { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 1 });
  }
  const upper = Math.min(max, Math.max(min, options.maxStringLength));
  const ordinary = fc.oneof(
    fc.string({ minLength: min, maxLength: upper }),
    fc.string({ unit: 'grapheme', minLength: min, maxLength: upper }),
  );
  const edges: string[] = [...HOSTILE_STRINGS];
  if (min > 0) edges.push('x'.repeat(min), 'x'.repeat(min - 1));
  // Maxima above 100,000 characters (file contents) are left to the overrides: a string that long per case is slow.
  if (max <= 100_000) edges.push('y'.repeat(max), 'y'.repeat(max + 1), `${'é'.repeat(Math.max(0, max - 1))}🙂`);
  else if (!Number.isFinite(max)) edges.push('z'.repeat(100_000));
  return fc.oneof({ arbitrary: ordinary, weight: 8 }, { arbitrary: fc.constantFrom(...edges), weight: 1 });
}

function numberArbitrary(def: Def): Arbitrary<unknown> {
  let min = -Number.MAX_VALUE;
  let max = Number.MAX_VALUE;
  let integer = false;
  for (const check of checksOf(def)) {
    if (check.check === 'number_format' && (check.format === 'safeint' || check.format === 'int32')) integer = true;
    else if (check.check === 'greater_than') min = Math.max(min, (check.value as number) + (check.inclusive ? 0 : 1));
    else if (check.check === 'less_than') max = Math.min(max, (check.value as number) - (check.inclusive ? 0 : 1));
  }
  const inRange = integer
    ? fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) })
    : fc.double({ min, max, noNaN: true });
  const edges = [...BOUNDARY_NUMBERS];
  if (min > -Number.MAX_VALUE) edges.push(min, min - 1);
  if (max < Number.MAX_VALUE) edges.push(max, max + 1);
  return fc.oneof({ arbitrary: inRange, weight: 8 }, { arbitrary: fc.constantFrom(...edges), weight: 1 });
}

/** The arbitrary for `schema`; `key` is the property name it sits under (for overrides). */
export function zodArbitrary(schema: z.ZodType, options: ZodArbitraryOptions = {}, key = ''): Arbitrary<unknown> {
  const settings = { maxArrayLength: options.maxArrayLength ?? 5, maxStringLength: options.maxStringLength ?? 40 };
  const walk = (inner: unknown, innerKey: string): Arbitrary<unknown> => {
    const fallback = () => build(inner, innerKey);
    return options.override?.(innerKey, inner as z.ZodType, fallback) ?? fallback();
  };
  const build = (node: unknown, nodeKey: string): Arbitrary<unknown> => {
    const def = defOf(node);
    switch (def.type) {
      case 'string':
        return stringArbitrary(def, settings);
      case 'number':
        return numberArbitrary(def);
      case 'boolean':
        return fc.oneof({ arbitrary: fc.boolean(), weight: 15 }, { arbitrary: fc.constantFrom(0, 1, 'true', null), weight: 1 });
      case 'enum': {
        const values = Object.values(def.entries as Record<string, string | number>);
        return fc.oneof(
          { arbitrary: fc.constantFrom(...values), weight: 15 },
          { arbitrary: fc.constantFrom('', 'ONBEKEND', 0), weight: 1 },
        );
      }
      case 'literal':
        return fc.constantFrom(...(def.values as unknown[]));
      case 'null':
        return fc.constant(null);
      case 'undefined':
        return fc.constant(undefined);
      case 'optional':
        return fc.option(walk(def.innerType, nodeKey), { nil: undefined, freq: 3 });
      case 'nullable':
        return fc.option(walk(def.innerType, nodeKey), { nil: null, freq: 3 });
      case 'default':
      case 'prefault':
        return fc.option(walk(def.innerType, nodeKey), { nil: undefined, freq: 3 });
      case 'catch':
      case 'readonly':
      case 'nonoptional':
        return walk(def.innerType, nodeKey);
      case 'pipe':
        // The caller sends what the pipe's input side takes; transforms run after validation.
        return walk(def.in, nodeKey);
      case 'lazy':
        return walk((def.getter as () => unknown)(), nodeKey);
      case 'union':
        return fc.oneof(...(def.options as unknown[]).map((option) => walk(option, nodeKey)));
      case 'array': {
        let min = 0;
        let max = Infinity;
        for (const check of checksOf(def)) {
          if (check.check === 'min_length') min = check.minimum as number;
          else if (check.check === 'max_length') max = check.maximum as number;
        }
        const upper = Math.max(min, Math.min(max, settings.maxArrayLength));
        return fc.array(walk(def.element, nodeKey), { minLength: min, maxLength: upper });
      }
      case 'record': {
        const keys = walk(def.keyType, `${nodeKey}[key]`).filter((k): k is string => typeof k === 'string');
        return fc.dictionary(keys, walk(def.valueType, nodeKey), { maxKeys: settings.maxArrayLength });
      }
      case 'object': {
        const shape = def.shape as Record<string, unknown>;
        const model: Record<string, Arbitrary<unknown>> = {};
        const required: string[] = [];
        for (const [name, field] of Object.entries(shape)) {
          model[name] = walk(field, name);
          const fieldType = defOf(field).type;
          if (fieldType !== 'optional' && fieldType !== 'default' && fieldType !== 'prefault' && !isOptionalPipe(field)) {
            required.push(name);
          }
        }
        return fc.record(model, { requiredKeys: required });
      }
      case 'any':
      case 'unknown':
        return fc.jsonValue();
      default:
        throw new Error(`zodArbitrary: schema type "${def.type}" is not modelled (add it)`);
    }
  };
  return walk(schema, key);
}

function isOptionalPipe(schema: unknown): boolean {
  const def = defOf(schema);
  return def.type === 'pipe' && ['optional', 'default', 'prefault'].includes(defOf(def.in).type);
}
