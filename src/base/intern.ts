/** An interning table: each distinct string gets a small integer id, stored once. */
export class Interner {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  get(id: number): string {
    const s = this.strings[id];
    if (s === undefined) throw new RangeError(`no interned string with id ${id}`);
    return s;
  }

  get size(): number {
    return this.strings.length;
  }
}
