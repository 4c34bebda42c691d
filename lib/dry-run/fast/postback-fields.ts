import type { RequestParam } from '../result';

/**
 * A postback's fields as Affise's server reads the query: the first value of each parameter,
 * decoded once ("" for a bare name). A ReadonlyMap over the request's parameters that builds its
 * Map only when iterated: a run validates a dozen postbacks by a handful of names each, and the
 * affiliate macros rarely read them, so most runs never need the Map.
 */
export class PostbackFields implements ReadonlyMap<string, string> {
  private map: Map<string, string> | undefined;

  constructor(private readonly params: readonly RequestParam[]) {}

  get(name: string): string | undefined {
    for (const p of this.params) if (p.name === name) return p.value ?? '';
    return undefined;
  }

  has(name: string): boolean {
    for (const p of this.params) if (p.name === name) return true;
    return false;
  }

  get size(): number {
    return this.built().size;
  }

  forEach(
    callback: (value: string, key: string, map: ReadonlyMap<string, string>) => void,
    thisArg?: unknown,
  ): void {
    for (const [key, value] of this.built()) callback.call(thisArg, value, key, this);
  }

  entries(): MapIterator<[string, string]> {
    return this.built().entries();
  }

  keys(): MapIterator<string> {
    return this.built().keys();
  }

  values(): MapIterator<string> {
    return this.built().values();
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.built().entries();
  }

  private built(): Map<string, string> {
    if (this.map === undefined) {
      const map = new Map<string, string>();
      for (const p of this.params) if (!map.has(p.name)) map.set(p.name, p.value ?? '');
      this.map = map;
    }
    return this.map;
  }
}
