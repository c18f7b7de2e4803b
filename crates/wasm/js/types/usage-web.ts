// The ES-module build for browsers: initialise, then the same API.
import init, { Summary, type Report } from "yousaid/web";

export async function load(url: string): Promise<Report> {
  await init();
  const response = await fetch(url);
  const summary = Summary.fromJSON(await response.text());
  return summary.validate();
}
