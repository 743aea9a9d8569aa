// A binary min-heap of (node, key) pairs with lazy deletion, on typed arrays: Dijkstra's
// queue, and (keys negated) the widest-path searches of the largest flow paths.

export class MinHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  size = 0;

  /** Room for `capacity` entries at first; the heap grows on demand (a node may be pushed once per improvement). */
  constructor(capacity = 16) {
    this.nodes = new Int32Array(Math.max(16, capacity));
    this.keys = new Float64Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  push(node: number, key: number): void {
    if (this.size === this.nodes.length) this.grow();
    const { nodes, keys } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      nodes[i] = nodes[parent]!;
      keys[i] = keys[parent]!;
      i = parent;
    }
    nodes[i] = node;
    keys[i] = key;
  }

  /** Removes and returns the node with the smallest key; the heap must not be empty. */
  pop(): number {
    const { nodes, keys } = this;
    const top = nodes[0]!;
    const size = --this.size;
    if (size === 0) return top;
    const lastNode = nodes[size]!;
    const lastKey = keys[size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && keys[c + 1]! < keys[c]!) c++;
      if (keys[c]! >= lastKey) break;
      nodes[i] = nodes[c]!;
      keys[i] = keys[c]!;
      i = c;
    }
    nodes[i] = lastNode;
    keys[i] = lastKey;
    return top;
  }

  private grow(): void {
    const nodes = new Int32Array(this.nodes.length * 2);
    const keys = new Float64Array(this.keys.length * 2);
    nodes.set(this.nodes);
    keys.set(this.keys);
    this.nodes = nodes;
    this.keys = keys;
  }
}
