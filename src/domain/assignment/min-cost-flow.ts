/**
 * Min-cost max-flow by successive shortest paths (docs/assignment.md, "Algorithm"). Integer
 * costs, all of them >= 0 on the arcs given, so the potentials start at 0 and Dijkstra on the
 * reduced costs finds each shortest augmenting path. Run to the end, the flow is maximum and,
 * among maximum flows, of least cost (each step keeps the flow of least cost for its value).
 */

/** A graph of `nodeCount` nodes; arcs are added in pairs (forward, residual reverse). */
export class FlowGraph {
  readonly nodeCount: number;
  private size = 0;
  private capacityOfArcs: number;
  head: Int32Array;
  next: Int32Array;
  to: Int32Array;
  cap: Int32Array;
  cost: Float64Array;

  constructor(nodeCount: number, arcHint = 16) {
    this.nodeCount = nodeCount;
    this.capacityOfArcs = Math.max(16, arcHint * 2);
    this.head = new Int32Array(nodeCount).fill(-1);
    this.next = new Int32Array(this.capacityOfArcs);
    this.to = new Int32Array(this.capacityOfArcs);
    this.cap = new Int32Array(this.capacityOfArcs);
    this.cost = new Float64Array(this.capacityOfArcs);
  }

  /** How many arcs (forward and reverse) the graph holds. */
  get arcCount(): number {
    return this.size;
  }

  private grow(): void {
    const n = this.capacityOfArcs * 2;
    const copy = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.next = copy(this.next, (k) => new Int32Array(k));
    this.to = copy(this.to, (k) => new Int32Array(k));
    this.cap = copy(this.cap, (k) => new Int32Array(k));
    this.cost = copy(this.cost, (k) => new Float64Array(k));
    this.capacityOfArcs = n;
  }

  /**
   * Adds the arc `from → to` with a capacity and an integer cost >= 0; returns its index (the
   * reverse arc is index ^ 1). Flow on the arc afterwards is `cap[index ^ 1]`.
   *
   * @example const arc = graph.addArc(0, 1, 1, 250);
   */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    if (!Number.isInteger(cost) || cost < 0) throw new RangeError(`arc cost must be a whole number >= 0, not ${cost}`);
    if (this.size + 2 > this.capacityOfArcs) this.grow();
    const e = this.size;
    this.to[e] = to;
    this.cap[e] = capacity;
    this.cost[e] = cost;
    this.next[e] = this.head[from]!;
    this.head[from] = e;
    this.to[e + 1] = from;
    this.cap[e + 1] = 0;
    this.cost[e + 1] = -cost;
    // Reverse arcs are not linked: the solver keeps, per node, only those with residual
    // capacity (an angel with 1,000 candidate businesses has at most its few free places).
    this.next[e + 1] = -1;
    this.size += 2;
    return e;
  }

  /** Flow currently on forward arc `arc`. */
  flowOn(arc: number): number {
    return this.cap[arc ^ 1]!;
  }
}

/** Binary min-heap of nodes keyed by distance, lazy deletion (a node may sit in it twice). */
export class NodeHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.nodes = new Int32Array(capacity);
  }
  clear(): void {
    this.size = 0;
  }
  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2);
      k.set(this.keys);
      this.keys = k;
      const n = new Int32Array(this.size * 2);
      n.set(this.nodes);
      this.nodes = n;
    }
    let i = this.size++;
    const keys = this.keys;
    const nodes = this.nodes;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      keys[i] = keys[p]!;
      nodes[i] = nodes[p]!;
      i = p;
    }
    keys[i] = key;
    nodes[i] = node;
  }
  /** Key of the top; the node is `topNode` read before `pop`. */
  topKey(): number {
    return this.keys[0]!;
  }
  topNode(): number {
    return this.nodes[0]!;
  }
  pop(): void {
    const keys = this.keys;
    const nodes = this.nodes;
    const n = --this.size;
    if (n === 0) return;
    const key = keys[n]!;
    const node = nodes[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && keys[c + 1]! < keys[c]!) c++;
      if (keys[c]! >= key) break;
      keys[i] = keys[c]!;
      nodes[i] = nodes[c]!;
      i = c;
    }
    keys[i] = key;
    nodes[i] = node;
  }
}

export interface TFlowResult {
  flow: number;
  /** Sum of integer arc costs times their flow. */
  cost: number;
}

/**
 * Pushes as much flow as possible from `source` to `sink`, at least cost among maximum flows,
 * one shortest augmenting path at a time (the paths here carry 1 unit: source arcs have
 * capacity 1). Dijkstra stops as soon as the sink is settled; the potentials of nodes not
 * settled rise by the sink's distance, which keeps every residual reduced cost >= 0.
 *
 * @example
 *   const { flow, cost } = minCostMaxFlow(graph, 0, graph.nodeCount - 1);
 */
export function minCostMaxFlow(graph: FlowGraph, source: number, sink: number): TFlowResult {
  const n = graph.nodeCount;
  const potential = new Float64Array(n);
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const via = new Int32Array(n).fill(-1);
  const settled = new Uint8Array(n);
  const touched = new Int32Array(n);
  const heap = new NodeHeap(1024);
  const { head, next, to, cap, cost } = graph;
  // Reverse arcs with residual capacity, by the node they leave; `slot` is the position of an
  // odd (reverse) arc in its node's list, for removal by swap with the last.
  const live: number[][] = Array.from({ length: n }, () => []);
  const slot = new Int32Array(graph.arcCount);
  for (let e = 1; e < graph.arcCount; e += 2) {
    if (cap[e]! > 0) {
      slot[e] = live[to[e ^ 1]!]!.length;
      live[to[e ^ 1]!]!.push(e);
    }
  }
  let flow = 0;
  let total = 0;
  for (;;) {
    // Dijkstra on reduced costs cost + potential[u] − potential[v] (all >= 0).
    let touchedCount = 0;
    heap.clear();
    dist[source] = 0;
    touched[touchedCount++] = source;
    heap.push(0, source);
    let sinkDist = Number.POSITIVE_INFINITY;
    while (heap.size > 0) {
      const d = heap.topKey();
      const u = heap.topNode();
      heap.pop();
      if (settled[u] || d > dist[u]!) continue;
      settled[u] = 1;
      if (u === sink) {
        sinkDist = d;
        break;
      }
      const pu = potential[u]!;
      const lives = live[u]!;
      for (let e = head[u]!, r = 0; ; ) {
        // Forward arcs first (linked), then the live reverse ones.
        let arc: number;
        if (e !== -1) {
          arc = e;
          e = next[e]!;
          if (cap[arc]! <= 0) continue;
        } else if (r < lives.length) {
          arc = lives[r++]!;
        } else break;
        const v = to[arc]!;
        if (settled[v]) continue;
        const nd = d + cost[arc]! + pu - potential[v]!;
        if (nd < dist[v]!) {
          if (dist[v] === Number.POSITIVE_INFINITY) touched[touchedCount++] = v;
          dist[v] = nd;
          via[v] = arc;
          heap.push(nd, v);
        }
      }
    }
    if (sinkDist === Number.POSITIVE_INFINITY) {
      for (let i = 0; i < touchedCount; i++) {
        const v = touched[i]!;
        dist[v] = Number.POSITIVE_INFINITY;
        settled[v] = 0;
        via[v] = -1;
      }
      break;
    }
    // Potentials: every node rises by min(dist, sinkDist), which keeps all residual reduced
    // costs >= 0. Only differences of potentials matter, so the common rise by sinkDist is
    // dropped: nodes settled before the sink move by dist − sinkDist (<= 0), the rest stay.
    for (let i = 0; i < touchedCount; i++) {
      const v = touched[i]!;
      if (settled[v]) potential[v]! += dist[v]! - sinkDist;
    }
    // Augment one unit along the path (bottleneck is 1: the source arcs have capacity 1).
    let bottleneck = Number.POSITIVE_INFINITY;
    for (let v = sink; v !== source; v = to[via[v]! ^ 1]!) bottleneck = Math.min(bottleneck, cap[via[v]!]!);
    for (let v = sink; v !== source; v = to[via[v]! ^ 1]!) {
      const e = via[v]!;
      const back = e ^ 1;
      cap[e]! -= bottleneck;
      if (back & 1 && cap[back] === 0) {
        // A forward arc's reverse comes alive: it leaves the forward arc's head.
        slot[back] = live[v]!.length;
        live[v]!.push(back);
      }
      cap[back]! += bottleneck;
      if (e & 1 && cap[e] === 0) {
        // A reverse arc used up: out of the list of the node it leaves (the path's previous node).
        const list = live[to[back]!]!;
        const last = list.pop()!;
        if (last !== e) {
          list[slot[e]!] = last;
          slot[last] = slot[e]!;
        }
      }
      total += bottleneck * cost[e]!;
    }
    flow += bottleneck;
    for (let i = 0; i < touchedCount; i++) {
      const v = touched[i]!;
      dist[v] = Number.POSITIVE_INFINITY;
      settled[v] = 0;
      via[v] = -1;
    }
  }
  return { flow, cost: total };
}
