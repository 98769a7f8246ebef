import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `// Generated from openapi/openapi.json by openapi-typescript (npm run openapi): do not edit.
// The types of every path, operation and schema of the API, for the typed client in src/client/.
`;

/** The typed client's types, from the OpenAPI document's text. */
export async function renderClientTypes(document: string): Promise<string> {
  return HEADER + astToString(await openapiTS(JSON.parse(document), { exportType: true }));
}
