// Fault injection for the emulator: latency, a token-bucket rate limit per account and region, random throttling,
// 5xx errors, connection resets and timeouts (requests never answered). Deterministic with a seeded generator.

export type Latency =
  | { kind: 'fixed'; ms: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'normal'; mean: number; sd: number };

export interface FaultOptions {
  latency?: Latency;
  /** Requests per second allowed per account and region (token bucket); beyond it, ThrottlingException. */
  rate?: number;
  /** Bucket size for `rate` (default: max(1, rate)). */
  burst?: number;
  /** CloudTrail LookupEvents per second per account and region (AWS allows 2); unlimited when absent. */
  lookupRate?: number;
  /** Fraction [0,1] of requests answered with ThrottlingException at random. */
  throttleRate?: number;
  /** Fraction [0,1] of requests answered with a 5xx (ServiceInternalErrorException, 502). */
  errorRate?: number;
  /** Fraction [0,1] of requests whose connection is reset without an answer. */
  resetRate?: number;
  /** Fraction [0,1] of requests never answered (the client's timeout fires). */
  timeoutRate?: number;
}

/** mulberry32: a small, fast, seedable generator (uniform in [0,1)). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleLatency(l: Latency | undefined, random: () => number): number {
  if (!l) return 0;
  switch (l.kind) {
    case 'fixed':
      return Math.max(0, l.ms);
    case 'uniform':
      return l.min + random() * (l.max - l.min);
    case 'normal': {
      // Box-Muller; never negative.
      const u = 1 - random();
      const v = random();
      return Math.max(0, l.mean + l.sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
    }
  }
}

/** Parses `50`, `20-80` (uniform) or `normal:50,10` (mean, standard deviation), in milliseconds. */
export function parseLatency(spec: string): Latency {
  const s = spec.trim();
  let m = /^(\d+(?:\.\d+)?)$/.exec(s);
  if (m) return { kind: 'fixed', ms: +m[1]! };
  m = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(s);
  if (m && +m[1]! <= +m[2]!) return { kind: 'uniform', min: +m[1]!, max: +m[2]! };
  m = /^normal:(\d+(?:\.\d+)?),(\d+(?:\.\d+)?)$/.exec(s);
  if (m) return { kind: 'normal', mean: +m[1]!, sd: +m[2]! };
  throw new Error(`bad latency '${spec}': use MS (fixed), MIN-MAX (uniform) or normal:MEAN,SD`);
}

export function validateFaults(f: FaultOptions): FaultOptions {
  for (const k of ['throttleRate', 'errorRate', 'resetRate', 'timeoutRate'] as const) {
    const v = f[k];
    if (v !== undefined && (typeof v !== 'number' || !(v >= 0 && v <= 1))) throw new Error(`${k} must be a fraction between 0 and 1, got ${String(v)}`);
  }
  for (const k of ['rate', 'burst', 'lookupRate'] as const) {
    const v = f[k];
    if (v !== undefined && (typeof v !== 'number' || !(v > 0))) throw new Error(`${k} must be a positive number, got ${String(v)}`);
  }
  const l = f.latency;
  if (l !== undefined) {
    const nums = l.kind === 'fixed' ? [l.ms] : l.kind === 'uniform' ? [l.min, l.max] : [l.mean, l.sd];
    if (nums.some((n) => typeof n !== 'number' || !(n >= 0))) throw new Error('latency values must be non-negative numbers of milliseconds');
    if (l.kind === 'uniform' && l.min > l.max) throw new Error('latency: min must not exceed max');
  }
  return f;
}

/** A token bucket: `rate` tokens per second, at most `burst` stored. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }
}

export type FaultDecision = 'reset' | 'timeout' | 'throttle' | 'rate-limit' | 'error' | undefined;

export class Faults {
  private buckets = new Map<string, TokenBucket>();

  constructor(
    private options: FaultOptions,
    private readonly random: () => number,
  ) {
    validateFaults(options);
  }

  get current(): FaultOptions {
    return this.options;
  }

  set(options: FaultOptions): void {
    this.options = validateFaults(options);
    this.buckets.clear();
  }

  latencyMs(): number {
    return sampleLatency(this.options.latency, this.random);
  }

  /** Network-level faults, decided before the request is read: reset or never answer. */
  network(): 'reset' | 'timeout' | undefined {
    const { resetRate, timeoutRate } = this.options;
    if (resetRate && this.random() < resetRate) return 'reset';
    if (timeoutRate && this.random() < timeoutRate) return 'timeout';
    return undefined;
  }

  /** Service-level faults for an authenticated request of an account and region. */
  service(account: string, region: string, now: number, operation?: string): 'rate-limit' | 'throttle' | 'error' | undefined {
    const { rate, burst, lookupRate, throttleRate, errorRate } = this.options;
    const take = (key: string, r: number, size: number) => {
      let b = this.buckets.get(key);
      if (!b) this.buckets.set(key, (b = new TokenBucket(r, size, now)));
      return b.take(now);
    };
    if (lookupRate && operation === 'LookupEvents' && !take(`${account}|${region}|lookup`, lookupRate, Math.max(1, lookupRate))) return 'rate-limit';
    if (rate && !take(`${account}|${region}`, rate, burst ?? Math.max(1, rate))) return 'rate-limit';
    if (throttleRate && this.random() < throttleRate) return 'throttle';
    if (errorRate && this.random() < errorRate) return 'error';
    return undefined;
  }
}
