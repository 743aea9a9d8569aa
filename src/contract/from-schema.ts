// The TypeScript type a JSON Schema describes, so that each contract is
// written once (as the schema the server validates and publishes) and its type
// is derived from it. Covers the subset the contracts use: type, properties,
// required, items, enum, const, anyOf and additionalProperties.

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type RequiredKeys<S> = S extends { required: readonly (infer R)[] } ? R : never;

type Additional<S> = S extends { additionalProperties: infer A }
  ? A extends false
    ? unknown
    : A extends true
      ? unknown
      : Record<string, FromSchema<A>>
  : unknown;

type ObjectOf<S> = S extends { properties: infer P }
  ? Simplify<
      {
        -readonly [K in keyof P as K extends RequiredKeys<S> ? K : never]: FromSchema<P[K]>;
      } & {
        -readonly [K in keyof P as K extends RequiredKeys<S> ? never : K]?: FromSchema<P[K]>;
      }
    > &
      Additional<S>
  : S extends { additionalProperties: infer A }
    ? A extends true
      ? Record<string, unknown>
      : Record<string, FromSchema<A>>
    : Record<string, unknown>;

/** The type of the values a JSON Schema (written `as const`) accepts. */
export type FromSchema<S> = S extends { const: infer C }
  ? C
  : S extends { enum: readonly (infer E)[] }
    ? E
    : S extends { anyOf: readonly (infer A)[] }
      ? FromSchema<A>
      : S extends { type: 'string' }
        ? string
        : S extends { type: 'number' } | { type: 'integer' }
          ? number
          : S extends { type: 'boolean' }
            ? boolean
            : S extends { type: 'null' }
              ? null
              : S extends { type: 'array'; items: infer I }
                ? FromSchema<I>[]
                : S extends { type: 'object' }
                  ? ObjectOf<S>
                  : unknown;
