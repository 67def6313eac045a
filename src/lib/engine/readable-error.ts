// DuckDB's errors for people, in a module of its own: the SQL page shows them before (and
// without) loading the console and Arrow.

/**
 * DuckDB's error as a person reads it: duckdb-wasm reports some errors as JSON
 * (`{"exception_type":"Parser","exception_message":"syntax error at or near \"FORM\"",…}`);
 * those become "Parser Error: syntax error at or near "FORM"". Any other message is kept.
 */
export function readableError(message: string): string {
  const json = message.slice(message.indexOf('{'));
  if (!json.startsWith('{')) return message;
  try {
    const e = JSON.parse(json) as { exception_type?: string; exception_message?: string };
    if (!e.exception_message) return message;
    return e.exception_type ? `${e.exception_type} Error: ${e.exception_message}` : e.exception_message;
  } catch {
    return message;
  }
}
