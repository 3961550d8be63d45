/**
 * Exact min-cost maximum flow for large networks (docs/assignment.md, "Algorithm"): a maximum
 * flow first (Dinic), then Goldberg–Tarjan cost-scaling push–relabel at that flow value. All
 * state lives in typed arrays indexed by node and by arc position (no object per arc).
 *
 * Costs are whole numbers >= 0. They are multiplied by K = nodes + 1; a flow that is 1-optimal
 * for the multiplied costs is (1/K)-optimal for the given ones, and since every residual cycle
 * has fewer than K arcs its cost is > −1, hence ≥ 0 (whole numbers): the flow is optimal.
 *
 * Heuristics of Goldberg's CS2, none of which changes what is optimal: global price updates
 * (Dial's buckets), push look-ahead, and per node only the arcs that can carry flow read by
 * pushes and relabels (forward arcs, then the reverse arcs with residual capacity).
 */
/** Arcs added one by one (tail, head, capacity, cost); `solve` turns them into a CSR graph. */
export class ArcList {
  private n = 0;
  tail: Int32Array;
  head: Int32Array;
  cap: Int32Array;
  cost: Float64Array;

  constructor(hint = 1024) {
    const size = Math.max(16, hint);
    this.tail = new Int32Array(size);
    this.head = new Int32Array(size);
    this.cap = new Int32Array(size);
    this.cost = new Float64Array(size);
  }

  get length(): number {
    return this.n;
  }

  /**
   * Adds the arc `from → to`; returns its index (for `flow[index]` after solving).
   *
   * @example const arc = arcs.add(0, 1, 1, 250);
   */
  add(from: number, to: number, capacity: number, cost: number): number {
    if (!Number.isInteger(cost) || cost < 0) throw new RangeError(`arc cost must be a whole number >= 0, not ${cost}`);
    if (this.n === this.tail.length) {
      const size = this.n * 2;
      const grow = <T extends Int32Array | Float64Array>(a: T, b: T): T => (b.set(a), b);
      this.tail = grow(this.tail, new Int32Array(size));
      this.head = grow(this.head, new Int32Array(size));
      this.cap = grow(this.cap, new Int32Array(size));
      this.cost = grow(this.cost, new Float64Array(size));
    }
    const k = this.n++;
    this.tail[k] = from;
    this.head[k] = to;
    this.cap[k] = capacity;
    this.cost[k] = cost;
    return k;
  }
}

export interface TScalingResult {
  flow: number;
  /** Sum of the given (unmultiplied) arc costs times their flow. */
  cost: number;
  /** Flow on each arc, by the index `ArcList.add` returned. */
  arcFlow: Int32Array;
  /** Refine phases and relabels, for the bench. */
  stats: { nodes: number; arcs: number; phases: number; relabels: number; pushes: number; scans: number; upScans: number; updates: number; maxFlowMs: number; scalingMs: number };
}

/** Above this a float no longer holds every whole number; prices must stay well below it. */
const SAFE = 2 ** 52;
/** ε is divided by this between refine phases. */
const ALPHA = 8;
/**
 * A price update after this many relabels per node: with cheap relabels (live arcs only) an
 * update, which reads every arc, is worth it less often (1 and 3 measured within noise of 2).
 */
const UPDATE_EVERY = 2;
/**
 * The price update reads distances up to this many ε; the nodes farther fall by the last
 * distance read, which keeps ε-optimality all the same (see `priceUpdate`).
 */
const MAX_BUCKET = 1 << 16;

/**
 * The flow of maximum value from `source` to `sink` and, among those, of least cost.
 *
 * @example
 *   const arcs = new ArcList();
 *   arcs.add(0, 1, 1, 5);
 *   minCostMaxFlowScaling(2, arcs, 0, 1).cost; // 5
 */
export function minCostMaxFlowScaling(nodeCount: number, arcs: ArcList, source: number, sink: number): TScalingResult {
  const n = nodeCount;
  const m = arcs.length;
  // CSR: each node's arcs contiguous, its forward arcs first (from first[v] to mid[v]), then the
  // reverse ones; fpos[k] is the position of arc k, which never moves.
  const first = new Int32Array(n + 1);
  const mid = new Int32Array(n);
  for (let k = 0; k < m; k++) {
    first[arcs.tail[k]! + 1]!++;
    first[arcs.head[k]! + 1]!++;
    mid[arcs.tail[k]!]!++;
  }
  for (let v = 0; v < n; v++) {
    first[v + 1]! += first[v]!;
    mid[v]! += first[v]!;
  }
  const fill = first.slice(0, n);
  const fillBack = mid.slice();
  const to = new Int32Array(2 * m);
  const rev = new Int32Array(2 * m);
  const res = new Int32Array(2 * m);
  const cost = new Float64Array(2 * m);
  const fpos = new Int32Array(m);
  // res of an arc plus res of its pair: the arc's capacity, forward or reverse alike.
  const width = new Int32Array(2 * m);
  const K = n + 1;
  let maxCost = 0;
  for (let k = 0; k < m; k++) {
    const u = arcs.tail[k]!;
    const v = arcs.head[k]!;
    const a = fill[u]!++;
    const b = fillBack[v]!++;
    const c = arcs.cost[k]! * K;
    if (c > maxCost) maxCost = c;
    to[a] = v;
    rev[a] = b;
    res[a] = arcs.cap[k]!;
    width[a] = arcs.cap[k]!;
    width[b] = arcs.cap[k]!;
    cost[a] = c;
    to[b] = u;
    rev[b] = a;
    res[b] = 0;
    cost[b] = -c;
    fpos[k] = a;
  }
  if (maxCost * 4 > SAFE) throw new RangeError('arc costs too large for exact arithmetic');

  const t0 = performance.now();
  const flow = maxFlow(n, first, to, rev, res, source, sink);
  const maxFlowMs = performance.now() - t0;

  // Live reverse arcs: those with residual capacity sit right after the forward arcs, up to
  // liveEnd[v], so pushes and relabels read [first[v], liveEnd[v]) and never the dead ones (an
  // angel's hundreds of unused in-person pairs). Only reverse arcs move, swapped in place.
  const liveEnd = new Int32Array(n);
  function swapArcs(x: number, y: number): void {
    if (x === y) return;
    const tx = to[x]!;
    const rx = rev[x]!;
    const sx = res[x]!;
    const cx = cost[x]!;
    const wx = width[x]!;
    to[x] = to[y]!;
    rev[x] = rev[y]!;
    res[x] = res[y]!;
    cost[x] = cost[y]!;
    width[x] = width[y]!;
    to[y] = tx;
    rev[y] = rx;
    res[y] = sx;
    cost[y] = cx;
    width[y] = wx;
    rev[rev[x]!] = x;
    rev[rev[y]!] = y;
  }
  /** Reverse arc b of node w has just got residual capacity. */
  function revive(b: number, w: number): void {
    swapArcs(b, liveEnd[w]!);
    liveEnd[w]!++;
  }
  /** Reverse arc a of node v has just lost its residual capacity; another arc takes its place. */
  function bury(a: number, v: number): void {
    const last = --liveEnd[v]!;
    swapArcs(a, last);
  }
  for (let v = 0; v < n; v++) {
    liveEnd[v] = mid[v]!;
    for (let b = mid[v]!, end = first[v + 1]!; b < end; b++) if (res[b]! > 0) revive(b, v);
  }

  // Cost scaling at this flow value: every node balanced (excess 0), prices 0, so the flow is
  // maxCost-optimal (reverse arcs of used arcs have reduced cost −c ≥ −maxCost).
  const price = new Float64Array(n);
  // Floats: saturating many wide arcs at once could pass 2^31 in a 32-bit integer.
  const excess = new Float64Array(n);
  const current = new Int32Array(n);
  const queue = new Int32Array(n + 1);
  const inQueue = new Uint8Array(n);
  let phases = 0;
  let relabels = 0;
  let pushes = 0;
  let scans = 0;
  let upScans = 0;
  let updates = 0;
  let eps = maxCost;
  let lowest = 0;
  const dist = new Float64Array(n);
  const scanned = new Uint8Array(n);
  let sinceUpdate = 0;
  /** Lowers the price of v to the highest that makes one residual arc admissible; false when v has no residual arc. */
  function relabel(v: number, eps: number): boolean {
    const start = first[v]!;
    const end = liveEnd[v]!;
    let best = Number.NEGATIVE_INFINITY;
    for (let b = start; b < end; b++) {
      if (res[b]! <= 0) continue;
      const cand = price[to[b]!]! - cost[b]!;
      if (cand > best) best = cand;
    }
    if (best === Number.NEGATIVE_INFINITY) return false;
    const p = best - eps;
    price[v] = p;
    if (p < lowest) lowest = p;
    current[v] = start;
    relabels++;
    sinceUpdate++;
    scans += end - start;
    return true;
  }

  // Buckets of the price update: nodes by tentative distance, doubly linked, so a node that
  // gets nearer moves in O(1) (Dial's algorithm: the lengths are whole numbers of ε).
  const bucketHead = new Int32Array(MAX_BUCKET + 1).fill(-1);
  const bNext = new Int32Array(n);
  const bPrev = new Int32Array(n);
  function bucketRemove(v: number, d: number): void {
    const nx = bNext[v]!;
    const pv = bPrev[v]!;
    if (pv >= 0) bNext[pv] = nx;
    else bucketHead[d] = nx;
    if (nx >= 0) bPrev[nx] = pv;
  }
  function bucketAdd(v: number, d: number): void {
    const h = bucketHead[d]!;
    bNext[v] = h;
    bPrev[v] = -1;
    if (h >= 0) bPrev[h] = v;
    bucketHead[d] = v;
  }

  /** Whether w has an admissible arc; moves w's current arc to the first one (or the end). */
  function hasAdmissible(w: number): boolean {
    const pw = price[w]!;
    const end = liveEnd[w]!;
    let b = current[w]!;
    for (; b < end; b++) if (res[b]! > 0 && cost[b]! + pw - price[to[b]!]! < 0) break;
    current[w] = b;
    return b < end;
  }

  /**
   * Goldberg's price update: the distance D(v), in steps of ε, from every node to the nearest
   * node with a deficit, along residual arcs of length floor(reduced cost / ε) + 1; then every
   * price falls by ε·D. Arcs on those shortest paths become admissible and ε-optimality holds
   * (D(v) − D(w) ≤ length(v, w) on every residual arc). It stops once every node with an
   * excess is scanned; the nodes not scanned fall by the last distance reached.
   */
  function priceUpdate(eps: number): void {
    updates++;
    // Multiplying is cheaper than dividing; the two checks below make the floor exact anyway.
    const invEps = 1 / eps;
    let waiting = 0;
    for (let v = 0; v < n; v++) {
      scanned[v] = 0;
      if (excess[v]! < 0) {
        dist[v] = 0;
        bucketAdd(v, 0);
      } else {
        dist[v] = Number.POSITIVE_INFINITY;
        if (excess[v]! > 0) waiting++;
      }
    }
    let reached = 0;
    let d = 0;
    for (; d <= MAX_BUCKET && waiting > 0; d++) {
      for (let w = bucketHead[d]!; w >= 0 && waiting > 0; w = bucketHead[d]!) {
        bucketRemove(w, d);
        scanned[w] = 1;
        reached = d;
        if (excess[w]! > 0) waiting--;
        const pw = price[w]!;
        const end = first[w + 1]!;
        upScans += end - first[w]!;
        for (let a = first[w]!; a < end; a++) {
          // The arc v → w paired with a = w → v is residual when a is not full, and costs −cost[a]:
          // read from a's own position, not the pair's (far away in memory).
          if (res[a]! >= width[a]!) continue;
          const v = to[a]!;
          if (scanned[v]) continue;
          // Length of the residual arc v → w: floor(reduced cost / ε) + 1, exact in whole numbers.
          const reduced = price[v]! - cost[a]! - pw;
          let length = Math.floor(reduced * invEps) + 1;
          if ((length - 1) * eps > reduced) length--;
          else if (length * eps <= reduced) length++;
          const nd = d + length;
          const old = dist[v]!;
          if (nd < old && nd <= MAX_BUCKET) {
            if (old <= MAX_BUCKET) bucketRemove(v, old);
            dist[v] = nd;
            bucketAdd(v, nd);
          }
        }
      }
    }
    // Empty the buckets left (the search may stop before they are all read).
    for (let b = 0; b <= MAX_BUCKET; b++) bucketHead[b] = -1;
    for (let v = 0; v < n; v++) {
      const dv = scanned[v] ? dist[v]! : reached;
      if (dv > 0) {
        const p = price[v]! - eps * dv;
        price[v] = p;
        if (p < lowest) lowest = p;
      }
    }
  }
  while (eps > 1) {
    eps = Math.max(1, Math.ceil(eps / ALPHA));
    phases++;
    // Saturate every residual arc with negative reduced cost: the flow becomes 0-optimal, at the
    // price of excesses and deficits.
    for (let v = 0; v < n; v++) {
      const pv = price[v]!;
      const back0 = mid[v]!;
      for (let a = first[v]!; a < liveEnd[v]!; ) {
        const r = res[a]!;
        if (r > 0 && cost[a]! + pv - price[to[a]!]! < 0) {
          const w = to[a]!;
          const b = rev[a]!;
          res[a] = 0;
          if (res[b] === 0 && b >= mid[w]!) revive(b, w);
          res[rev[a]!]! += r;
          excess[v]! -= r;
          excess[w]! += r;
          // A reverse arc emptied leaves the live ones; the arc swapped into its place is read next.
          if (a >= back0) {
            bury(a, v);
            continue;
          }
        }
        a++;
      }
    }
    priceUpdate(eps);
    sinceUpdate = 0;
    let qHead = 0;
    let qTail = 0;
    for (let v = 0; v < n; v++) {
      current[v] = first[v]!;
      if (excess[v]! > 0) {
        queue[qTail++] = v;
        inQueue[v] = 1;
      }
    }
    const Q = n + 1;
    while (qHead !== qTail) {
      const v = queue[qHead]!;
      qHead = qHead + 1 === Q ? 0 : qHead + 1;
      inQueue[v] = 0;
      if (sinceUpdate > UPDATE_EVERY * n) {
        priceUpdate(eps);
        sinceUpdate = 0;
        for (let u = 0; u < n; u++) current[u] = first[u]!;
      }
      // Discharge v: push along admissible arcs (residual, reduced cost < 0), relabel when none.
      const back0 = mid[v]!;
      while (excess[v]! > 0) {
        const pv = price[v]!;
        let a = current[v]!;
        for (; a < liveEnd[v]!; a++) {
          if (res[a]! <= 0) continue;
          const w = to[a]!;
          if (cost[a]! + pv - price[w]! >= 0) continue;
          if (excess[w]! >= 0 && !hasAdmissible(w)) {
            // Look-ahead (CS2): w could only send the unit on after a relabel, so relabel it
            // now; the arc may no longer be admissible, and then the unit stays here.
            relabel(w, eps);
            if (cost[a]! + pv - price[w]! >= 0) continue;
          }
          const delta = Math.min(excess[v]!, res[a]!);
          const b = rev[a]!;
          if (res[b] === 0 && b >= mid[w]!) revive(b, w);
          res[a]! -= delta;
          res[rev[a]!]! += delta;
          excess[v]! -= delta;
          const before = excess[w]!;
          excess[w] = before + delta;
          pushes++;
          if (before <= 0 && before + delta > 0 && !inQueue[w]) {
            queue[qTail] = w;
            qTail = qTail + 1 === Q ? 0 : qTail + 1;
            inQueue[w] = 1;
          }
          // An emptied reverse arc is buried, and the arc swapped into position a is read next.
          const isBuried = res[a] === 0 && a >= back0;
          if (isBuried) bury(a, v);
          if (excess[v] === 0) break;
          if (isBuried) a--;
        }
        current[v] = a;
        if (excess[v]! > 0 && !relabel(v, eps)) throw new Error('infeasible: a node with excess has no residual arc');
      }
    }
    if (-lowest + maxCost > SAFE) throw new RangeError('prices too large for exact arithmetic');
  }
  const scalingMs = performance.now() - t0 - maxFlowMs;

  const arcFlow = new Int32Array(m);
  let total = 0;
  for (let k = 0; k < m; k++) {
    const f = res[rev[fpos[k]!]!]!;
    arcFlow[k] = f;
    if (f) total += f * arcs.cost[k]!;
  }
  return { flow, cost: total, arcFlow, stats: { nodes: n, arcs: m, phases, relabels, pushes, scans, upScans, updates, maxFlowMs, scalingMs } };
}

/** Dinic's maximum flow on the CSR residual arrays (changes `res` in place); returns its value. */
function maxFlow(n: number, first: Int32Array, to: Int32Array, rev: Int32Array, res: Int32Array, source: number, sink: number): number {
  const level = new Int32Array(n);
  const queue = new Int32Array(n);
  const current = new Int32Array(n);
  const stack = new Int32Array(n + 1);
  const viaArc = new Int32Array(n + 1);
  let total = 0;
  for (;;) {
    level.fill(-1);
    level[source] = 0;
    let h = 0;
    let t = 0;
    queue[t++] = source;
    while (h < t) {
      const u = queue[h++]!;
      for (let a = first[u]!, end = first[u + 1]!; a < end; a++) {
        const v = to[a]!;
        if (res[a]! > 0 && level[v]! < 0) {
          level[v] = level[u]! + 1;
          queue[t++] = v;
        }
      }
    }
    if (level[sink]! < 0) return total;
    for (let v = 0; v < n; v++) current[v] = first[v]!;
    // Iterative DFS along level-increasing arcs; each path found is augmented by its bottleneck.
    for (;;) {
      let depth = 0;
      stack[0] = source;
      let found = false;
      while (depth >= 0) {
        const u = stack[depth]!;
        if (u === sink) {
          found = true;
          break;
        }
        let a = current[u]!;
        const end = first[u + 1]!;
        for (; a < end; a++) {
          const v = to[a]!;
          if (res[a]! > 0 && level[v] === level[u]! + 1) break;
        }
        current[u] = a;
        if (a === end) {
          // Dead end: no path through u in this phase.
          level[u] = -1;
          depth--;
          if (depth >= 0) current[stack[depth]!]!++;
          continue;
        }
        viaArc[depth] = a;
        stack[++depth] = to[a]!;
      }
      if (!found) break;
      let delta = 2 ** 31 - 1;
      for (let d = 0; d < depth; d++) delta = Math.min(delta, res[viaArc[d]!]!);
      for (let d = 0; d < depth; d++) {
        const a = viaArc[d]!;
        res[a]! -= delta;
        res[rev[a]!]! += delta;
      }
      total += delta;
    }
  }
}
