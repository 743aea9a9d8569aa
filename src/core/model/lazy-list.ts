// A list property made on first read: a network held in a compact form (channels
// in columns, nodes by number) still has its ordinary arrays, made the first time
// they are read and kept from then on.

/**
 * Gives `owner` the enumerable property `key`, an array made by `make` on its
 * first read and kept. `retire` runs when the array is made or replaced: from
 * then on the array, which callers may change, is the truth, not the compact form.
 */
export function lazyList<T>(owner: object, key: string, make: () => T[], retire: () => void): void {
  let made: T[] | undefined;
  Object.defineProperty(owner, key, {
    enumerable: true,
    configurable: true,
    get(): T[] {
      if (!made) {
        retire();
        made = make();
      }
      return made;
    },
    set(value: T[]) {
      retire();
      made = value;
    },
  });
}
