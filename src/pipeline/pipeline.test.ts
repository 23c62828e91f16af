import { describe, expect, it } from 'vitest';
import { Document, plainMeta } from '../doc/document.ts';
import type { Component } from './component.ts';
import { Pipeline } from './pipeline.ts';

const comp = (name: string, requires: string[], provides: string[]): Component => ({
  name,
  version: '1',
  requires,
  provides,
  run: (d) => d,
});

describe('Pipeline', () => {
  it.each([
    { list: [comp('a', [], ['x']), comp('b', ['x'], ['y'])], ok: true },
    { list: [comp('b', ['x'], ['y']), comp('a', [], ['x'])], ok: false },
    { list: [comp('a', ['text'], ['x'])], ok: true },
    { list: [comp('a', ['nothing'], [])], ok: false },
  ])('checks the order of requirements (%#)', ({ list, ok }) => {
    if (ok) expect(() => new Pipeline(list)).not.toThrow();
    else expect(() => new Pipeline(list)).toThrow(/requires/);
  });

  it('runs components in order', () => {
    const seen: string[] = [];
    const mk = (n: string): Component => ({ ...comp(n, [], []), run: (d) => (seen.push(n), d) });
    new Pipeline([mk('a'), mk('b')]).run(new Document('x', plainMeta('x')));
    expect(seen).toEqual(['a', 'b']);
  });
});
