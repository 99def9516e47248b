/**
 * Checks on a JSON file's text that JSON.parse does not make: a byte-order mark (which
 * JSON.parse rejects with an unhelpful message) and duplicate keys (which JSON.parse
 * silently resolves by keeping the last, so a record's first value would vanish).
 */

/** The text without a leading UTF-8 byte-order mark, and whether there was one. */
export function stripBom(text: string): { text: string; hadBom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), hadBom: true } : { text, hadBom: false };
}

/**
 * The first key that appears twice in one object, with the path of that object
 * ("records[3]"), or null. Assumes syntactically valid JSON (parse first).
 */
export function findDuplicateKey(text: string): { path: string; key: string } | null {
  type Frame = { kind: 'object'; keys: Set<string>; key: string | null; path: string } | { kind: 'array'; index: number; path: string };
  const stack: Frame[] = [];
  const childPath = () => {
    const top = stack.at(-1);
    if (!top) return '';
    if (top.kind === 'array') return `${top.path}[${top.index}]`;
    return top.path ? `${top.path}.${top.key}` : String(top.key);
  };
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      let raw = '';
      while (text[j] !== '"') {
        if (text[j] === '\\') {
          raw += text.slice(j, j + 2);
          j += 2;
        } else raw += text[j++];
      }
      const top = stack.at(-1);
      if (expectKey && top?.kind === 'object') {
        const key = JSON.parse(`"${raw}"`) as string;
        if (top.keys.has(key)) return { path: top.path || '(top level)', key };
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (c === '{') {
      stack.push({ kind: 'object', keys: new Set(), key: null, path: childPath() });
      expectKey = true;
    } else if (c === '[') {
      stack.push({ kind: 'array', index: 0, path: childPath() });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'object') expectKey = true;
      else if (top?.kind === 'array') top.index++;
    }
  }
  return null;
}
