// Reads an OpenAPI document (JSON) on stdin and prints the console's generated API types on stdout.
// A separate process: openapi-typescript's dependencies are ESM-only, which jest's module loader refuses.
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `/**
 * Generated from the API's own OpenAPI document (GET /docs-json) by openapi-typescript.
 * Do not edit: change the API's DTOs and views, then run \`npm run client:generate\`.
 * test/e2e/api-client.e2e-spec.ts fails when this file and the API disagree.
 */

`;

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const document = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const ast = await openapiTS(document, { alphabetize: true, exportType: false, defaultNonNullable: false });
process.stdout.write(HEADER + astToString(ast));
