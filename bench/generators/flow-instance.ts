// A max-flow benchmark instance as raw arrays (0-based nodes), the shape every
// generator returns and the DIMACS reader and writer use.

export interface FlowInstance {
  family: string;
  n: number;
  source: number;
  sink: number;
  tails: Int32Array;
  heads: Int32Array;
  caps: Float64Array;
}

/** Collects arcs into growable typed arrays. */
export class ArcBuffer {
  tails: Int32Array;
  heads: Int32Array;
  caps: Float64Array;
  m = 0;

  constructor(expected: number) {
    this.tails = new Int32Array(Math.max(16, expected));
    this.heads = new Int32Array(Math.max(16, expected));
    this.caps = new Float64Array(Math.max(16, expected));
  }

  add(u: number, v: number, cap: number): void {
    if (this.m === this.tails.length) this.grow();
    this.tails[this.m] = u;
    this.heads[this.m] = v;
    this.caps[this.m++] = cap;
  }

  instance(family: string, n: number, source: number, sink: number): FlowInstance {
    const m = this.m;
    return {
      family,
      n,
      source,
      sink,
      tails: this.tails.slice(0, m),
      heads: this.heads.slice(0, m),
      caps: this.caps.slice(0, m),
    };
  }

  private grow(): void {
    const size = this.tails.length * 2;
    const t = new Int32Array(size);
    const h = new Int32Array(size);
    const c = new Float64Array(size);
    t.set(this.tails);
    h.set(this.heads);
    c.set(this.caps);
    this.tails = t;
    this.heads = h;
    this.caps = c;
  }
}
