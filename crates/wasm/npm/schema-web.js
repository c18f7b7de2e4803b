
// The JSON Schema is a file of the package (../schema.json), not text compiled into the
// WebAssembly module: a page downloads it only when it asks for it, as it downloads the
// module itself when it calls `init()`.
/** The JSON Schema (draft 2020-12) of the `yousaid/2` format, fetched beside the package. */
export async function schema() {
  const url = new URL("../schema.json", import.meta.url);
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw yousaidError("io", `schema: cannot fetch ${url} (${error.message})`, error);
  }
  if (!response.ok) {
    throw yousaidError("io", `schema: cannot fetch ${url}: HTTP ${response.status}`);
  }
  return response.json();
}
