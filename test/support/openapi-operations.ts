/** A JSON Schema as the API's OpenAPI document writes it (the parts the tests read). */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  example?: unknown;
  default?: unknown;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, Schema> };
}

interface RawOperation {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: unknown[];
}

export interface Parameter {
  name: string;
  required: boolean;
  schema: Schema;
}

/** One operation of the document, its schemas resolved. */
export interface ApiOperation {
  id: string;
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** The OpenAPI path template, e.g. /campaigns/{id}. */
  template: string;
  path: Parameter[];
  query: Parameter[];
  headers: Parameter[];
  /** The request body's media type and schema, when the operation takes one. */
  body?: { mediaType: string; schema: Schema };
}

/** A schema with $ref and allOf resolved (shallowly merged), as a generator or a test reads it. */
export function resolved(schema: Schema, document: OpenApiDocument): Schema {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolved(document.components.schemas[name], document);
  }
  if (schema.allOf !== undefined) {
    const { allOf, ...rest } = schema;
    return Object.assign({}, ...allOf.map((part) => resolved(part, document)), rest) as Schema;
  }
  return schema;
}

/** Every operation of the API's OpenAPI document (GET /docs-json of the running app). */
export function operationsOf(document: OpenApiDocument): ApiOperation[] {
  return Object.entries(document.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, raw]) => {
      const parameters = (where: string): Parameter[] =>
        (raw.parameters ?? [])
          .filter((parameter) => parameter.in === where)
          .map((parameter) => ({
            name: parameter.name,
            required: parameter.required ?? false,
            schema: resolved(parameter.schema ?? { type: 'string' }, document),
          }));
      // Every {name} of the template is a path parameter, listed in the document or not.
      const listed = parameters('path');
      const path = [...template.matchAll(/\{(\w+)\}/g)].map(
        ([, name]) =>
          listed.find((parameter) => parameter.name === name) ?? {
            name,
            required: true,
            schema: { type: 'string' as const },
          },
      );
      const [mediaType, content] = Object.entries(raw.requestBody?.content ?? {})[0] ?? [];
      return {
        id: raw.operationId,
        method: method as ApiOperation['method'],
        template,
        path,
        query: parameters('query'),
        headers: parameters('header'),
        body: mediaType === undefined ? undefined : { mediaType, schema: resolved(content.schema, document) },
      };
    }),
  );
}

/** The operation's path with each parameter filled in (already percent-encoded values are kept as given). */
export function pathOf(operation: ApiOperation, encoded: Record<string, string>): string {
  return operation.template.replace(/\{(\w+)\}/g, (_match, name: string) => encoded[name] ?? 'x');
}

/** "POST /campaigns/{id}/launch", for test names and failure messages. */
export function describeOperation(operation: ApiOperation): string {
  return `${operation.method.toUpperCase()} ${operation.template}`;
}
