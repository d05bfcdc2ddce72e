// Leveled logging to the client's "Driftlog" output channel through window/logMessage. Nothing that could
// hold a secret (attribute values, credentials) is ever passed here.
import type { Connection } from 'vscode-languageserver';

export interface Logger {
  error(msg: string): void;
  warn(msg: string): void;
  info(msg: string): void;
  debug(msg: string): void;
}

export function connectionLogger(connection: Connection): Logger {
  return {
    error: (m) => connection.console.error(m),
    warn: (m) => connection.console.warn(m),
    info: (m) => connection.console.info(m),
    debug: (m) => connection.console.debug(m),
  };
}
