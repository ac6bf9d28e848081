// GraphQL documents for the matrix, packed so that each stays within the API's limits on
// tokens and aliases (the matrix goes through the production app like any client).
const TOKEN = /[A-Za-z_][A-Za-z0-9_]*|-?\d+|"[^"]*"|[{}():,[\]!$]/g;
const MAX_TOKENS = 1_500;
const MAX_ALIASES = 25;

export const tokenCount = (text: string) => text.match(TOKEN)?.length ?? 0;

/** Aliased root fields packed into as few `{ … }` documents as the limits allow. */
export function pack(fields: string[]): string[] {
  const documents: string[][] = [];
  let current: string[] = [];
  let tokens = 2;
  for (const field of fields) {
    const cost = tokenCount(field);
    if (current.length > 0 && (tokens + cost > MAX_TOKENS || current.length >= MAX_ALIASES)) {
      documents.push(current);
      current = [];
      tokens = 2;
    }
    current.push(field);
    tokens += cost;
  }
  if (current.length > 0) documents.push(current);
  return documents.map((fields) => `{ ${fields.join("\n")} }`);
}
