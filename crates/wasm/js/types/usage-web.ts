// The ES-module build for browsers: initialise, then the same API.
import init, { Summary, schema, type JSONSchema, type Report } from "yousaid/web";

export async function load(url: string): Promise<Report> {
  await init();
  const response = await fetch(url);
  const summary = Summary.fromJSON(await response.text());
  return summary.validate();
}

// In the browser the schema is fetched from the package's `schema.json` when asked for.
export async function loadSchema(): Promise<JSONSchema> {
  return await schema();
}
