/**
 * Whether a parsed JSON value nests deeper than `limit`. Checked before zod's recursive
 * schemas run on untrusted input (IPC payloads, story packages), and iterative so that the
 * check itself cannot overflow the stack it protects.
 */
export function nestingExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}
