/**
 * Finds where JSON text stops being valid, so a syntax error can be reported
 * as a line and column whatever the engine's message says (V8 gives a position
 * for some errors and not for others). Only called after JSON.parse has
 * failed. Iterative, so deeply nested input cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    return false;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  // Stack of open containers: '[' or '{'.
  const stack: string[] = [];
  // What we expect next: a value, or (inside a container) a separator or a close.
  let expectValue = true;
  ws();
  for (;;) {
    if (expectValue) {
      ws();
      const c = text[i];
      if (c === '{') {
        i++;
        ws();
        if (text[i] === '}') {
          i++;
          expectValue = false;
        } else {
          stack.push('{');
          if (!string()) return i;
          ws();
          if (text[i] !== ':') return i;
          i++;
          continue;
        }
      } else if (c === '[') {
        i++;
        ws();
        if (text[i] === ']') {
          i++;
          expectValue = false;
        } else {
          stack.push('[');
          continue;
        }
      } else if (c === '"') {
        if (!string()) return i;
        expectValue = false;
      } else if (c === 't' || c === 'f' || c === 'n') {
        if (!(literal('true') || literal('false') || literal('null'))) return i;
        expectValue = false;
      } else if (!number()) return i;
      else expectValue = false;
    }
    ws();
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? i : -1;
    const c = text[i];
    if (c === ',') {
      i++;
      if (top === '{') {
        ws();
        if (!string()) return i;
        ws();
        if (text[i] !== ':') return i;
        i++;
      }
      expectValue = true;
    } else if ((c === ']' && top === '[') || (c === '}' && top === '{')) {
      i++;
      stack.pop();
    } else return i;
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
