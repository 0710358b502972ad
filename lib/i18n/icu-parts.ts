// A small reader of ICU message syntax for the catalog tests: a message's arguments, tags and literal text.
// (next-intl parses messages itself at runtime; this only lets tests compare catalogs.)

export type IcuParts = { args: Set<string>; tags: Set<string>; literals: string[] };

export function icuParts(message: string): IcuParts {
  const parts: IcuParts = { args: new Set(), tags: new Set(), literals: [] };
  readMessage(message, 0, parts, false);
  for (const match of message.matchAll(/<\/?([A-Za-z][\w-]*)>/g)) parts.tags.add(match[1]!);
  return parts;
}

/** Reads text until an unmatched "}" (or the end); returns the index after it. */
function readMessage(s: string, start: number, parts: IcuParts, nested: boolean): number {
  let i = start;
  let literal = "";
  const flush = () => {
    const text = literal.replace(/<\/?[A-Za-z][\w-]*>/g, " ").replace(/#/g, nested ? " " : "#");
    parts.literals.push(text);
    literal = "";
  };
  while (i < s.length) {
    const c = s[i]!;
    if (c === "}") {
      flush();
      return i + 1;
    }
    if (c === "{") {
      flush();
      i = readArgument(s, i + 1, parts);
      continue;
    }
    literal += c;
    i++;
  }
  flush();
  return i;
}

/** Reads "name}" or "name, type}" or "name, plural|select, key {message} …}". */
function readArgument(s: string, start: number, parts: IcuParts): number {
  const close = s.slice(start).search(/[,}]/);
  if (close < 0) throw new Error(`Unclosed argument in: ${s}`);
  const name = s.slice(start, start + close).trim();
  parts.args.add(name);
  let i = start + close;
  if (s[i] === "}") return i + 1;
  const typeEnd = s.slice(i + 1).search(/[,}]/);
  const type = s.slice(i + 1, i + 1 + typeEnd).trim();
  i = i + 1 + typeEnd;
  if (s[i] === "}") return i + 1;
  if (!["plural", "select", "selectordinal"].includes(type)) {
    // A style ("number, integer"): skip to the closing brace.
    return s.indexOf("}", i) + 1;
  }
  i++;
  // Branches: key {message} …
  while (i < s.length) {
    while (s[i] === " " || s[i] === "\n") i++;
    if (s[i] === "}") return i + 1;
    const open = s.indexOf("{", i);
    if (open < 0) throw new Error(`Branch without a message in: ${s}`);
    i = readMessage(s, open + 1, parts, true);
  }
  throw new Error(`Unclosed ${type} in: ${s}`);
}

/** Every message of a catalog by its dotted key. */
export function flattenMessages(messages: object, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(path, value);
    else for (const [k, v] of flattenMessages(value as object, path)) flat.set(k, v);
  }
  return flat;
}
