// Settings, pulled per resource through `workspace/configuration` (as vscode-eslint does) and cached per
// scope until the client says they changed. New settings apply without a restart.
import type { Connection } from 'vscode-languageserver';
import { SETTINGS_SECTION } from '../protocol';

export interface Settings {
  /** Globs, relative to the workspace folder, of files and folders not to index. */
  exclude: string[];
}

export const DEFAULT_SETTINGS: Settings = { exclude: [] };

/** Accepts what the client sent only where it has the right shape; anything else falls back to the default. */
export function sanitizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const exclude = Array.isArray(r.exclude) ? r.exclude.filter((g): g is string => typeof g === 'string' && g !== '') : [];
  return { exclude };
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
