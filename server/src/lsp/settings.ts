// Settings, pulled per resource through `workspace/configuration` (as vscode-eslint does) and cached per
// scope until the client says they changed. New settings apply without a restart.
import type { Connection } from 'vscode-languageserver';
import { SETTINGS_SECTION } from '../protocol';
import type { ResourceStatus } from '../engine/scan/types';

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface Settings {
  /** Globs, relative to the workspace folder, of files and folders not to index. */
  exclude: string[];
  profile?: string;
  region?: string;
  endpoint?: string;
  statePaths: string[];
  scan: { enabled: boolean; intervalMinutes: number; concurrency: number; rate: number };
  severity: Record<ResourceStatus, Severity>;
  log: { directory: string; stage: boolean; signWith: 'driftlog' | 'git'; hmacKeyEnv: string };
}

export const DEFAULT_SEVERITY: Record<ResourceStatus, Severity> = {
  drifted: 'warning',
  missing: 'error',
  not_in_state: 'information',
  unmanaged: 'information',
  error: 'information',
  unsupported: 'information',
  in_sync: 'off',
};

export const DEFAULT_SETTINGS: Settings = {
  exclude: [],
  statePaths: [],
  scan: { enabled: true, intervalMinutes: 15, concurrency: 8, rate: 20 },
  severity: DEFAULT_SEVERITY,
  log: { directory: '.driftlog', stage: false, signWith: 'driftlog', hmacKeyEnv: 'DRIFTLOG_HMAC_KEY' },
};

const SEVERITIES = new Set<Severity>(['error', 'warning', 'information', 'hint', 'off']);

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((g): g is string => typeof g === 'string' && g !== '') : [];
}
function num(v: unknown, def: number, min: number, max = Infinity): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : def;
}

/** Accepts what the client sent only where it has the right shape; anything else falls back to the default. */
export function sanitizeSettings(raw: unknown): Settings {
  const r = obj(raw);
  const scan = obj(r.scan);
  const sev = obj(r.severity);
  const log = obj(r.log);
  const severity = { ...DEFAULT_SEVERITY };
  for (const k of Object.keys(severity) as ResourceStatus[]) {
    const v = sev[k];
    if (typeof v === 'string' && SEVERITIES.has(v as Severity)) severity[k] = v as Severity;
  }
  return {
    exclude: strings(r.exclude),
    profile: str(r.profile),
    region: str(r.region),
    endpoint: str(r.endpoint),
    statePaths: strings(r.statePaths),
    scan: {
      enabled: typeof scan.enabled === 'boolean' ? scan.enabled : true,
      intervalMinutes: num(scan.intervalMinutes, 15, 1),
      concurrency: num(scan.concurrency, 8, 1, 64),
      rate: num(scan.rate, 20, 0.1),
    },
    severity,
    log: {
      directory: str(log.directory) ?? '.driftlog',
      stage: log.stage === true,
      signWith: log.signWith === 'git' ? 'git' : 'driftlog',
      hmacKeyEnv: str(log.hmacKeyEnv) ?? 'DRIFTLOG_HMAC_KEY',
    },
  };
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
  ) {}

  get(scopeUri: string): Promise<Settings> {
    if (!this.canPull()) return Promise.resolve(DEFAULT_SETTINGS);
    let s = this.cache.get(scopeUri);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri, section: SETTINGS_SECTION })
        .then(sanitizeSettings, () => DEFAULT_SETTINGS);
      this.cache.set(scopeUri, s);
    }
    return s;
  }

  clear(): void {
    this.cache.clear();
  }
}
