import fastJson from 'fast-json-stringify';
import { z } from 'zod';

type JsonSchema = Record<string, unknown> & { oneOf?: JsonSchema[]; properties?: Record<string, JsonSchema> };

/** The property all branches of a oneOf fix with a `const` (a discriminated union's tag), if any. */
function tagOf(branches: JsonSchema[]): string | undefined {
  const first = branches[0]?.properties ?? {};
  return Object.keys(first).find((key) => branches.every((branch) => branch.properties?.[key]?.const !== undefined));
}

/**
 * A discriminated union becomes if/then/else on its tag, so that the serializer picks a branch by
 * reading one property instead of validating the whole object against every branch.
 */
function discriminate(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(discriminate);
  if (!schema || typeof schema !== 'object') return schema;
  const node = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, discriminate(value)])) as JsonSchema;
  const tag = node.oneOf && tagOf(node.oneOf);
  if (!tag) return node;
  const { oneOf, ...rest } = node;
  const chain = oneOf!.reduceRight<JsonSchema | undefined>(
    (otherwise, branch) =>
      otherwise
        ? { if: { type: 'object', properties: { [tag]: { const: branch.properties![tag].const } } }, then: branch, else: otherwise }
        : branch,
    undefined,
  );
  return { ...rest, ...chain };
}

/**
 * Serializes responses with fast-json-stringify, compiled once per route from the same zod schema
 * that documents it (zod stays the one schema language). It writes only what the schema declares and
 * validates nothing: the test suite runs with zod's own serializer, which validates every response.
 */
export function fastSerializerCompiler({ schema }: { schema: unknown }) {
  const json = z.toJSONSchema(schema as z.ZodType, { io: 'output', target: 'draft-7', unrepresentable: 'any' });
  return fastJson(discriminate(json) as Parameters<typeof fastJson>[0]);
}
