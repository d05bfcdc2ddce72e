// A scripted LSP client for tests: starts the bundled server (dist/server.js) over stdio and speaks the real
// protocol to it with vscode-languageserver-protocol. Waits are event-driven with deadlines, never sleeps.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkspaceSymbolRequest,
  ConfigurationRequest,
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  ExecuteCommandRequest,
  HoverRequest,
  type ApplyWorkspaceEditParams,
  type CodeAction,
  type Command,
  type Hover,
  type Range,
  type Diagnostic,
  type DocumentSymbol,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type SymbolInformation,
  type TextDocumentContentChangeEvent,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { IndexStatusNotification, ScanStatusNotification, type IndexStatus, type InitializationOptions, type ScanStatus } from '../../src/protocol';

export const SERVER_BUNDLE = join(__dirname, '..', '..', '..', 'dist', 'server.js');

export function uri(path: string): string {
  return pathToFileURL(path).href;
}

export interface StartOptions {
  root: string;
  init: InitializationOptions;
  /** What `workspace/configuration` answers for the `driftlog` section (asked anew on every request). */
  settings?: () => Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
}

export class TestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly statuses: IndexStatus[] = [];
  readonly scanStatuses: ScanStatus[] = [];
  readonly logs: string[] = [];
  /** Edits the server asked the client to apply (workspace/applyEdit); all are answered "applied". */
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  private listeners: Array<() => void> = [];
  private versions = new Map<string, number>();
  /** Set when the server process has exited: every wait then fails at once. */
  exited: string | undefined;

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: ProtocolConnection,
    readonly options: StartOptions,
  ) {}

  static async start(options: StartOptions): Promise<TestClient> {
    const proc = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      // Never let the SDK's credential chain reach for EC2 instance metadata from a test.
      env: { ...(options.env ?? process.env), AWS_EC2_METADATA_DISABLED: 'true' },
    });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, conn, options);
    proc.stderr!.on('data', (d) => client.logs.push(String(d)));
    proc.on('exit', (code, signal) => {
      client.exited = `server exited (code ${code}, signal ${signal})`;
      client.changed();
    });
    conn.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => {
      client.diagnostics.set(p.uri, p.diagnostics);
      client.changed();
    });
    conn.onNotification(IndexStatusNotification, (s) => {
      client.statuses.push(s);
      client.changed();
    });
    conn.onNotification(ScanStatusNotification, (s) => {
      client.scanStatuses.push(s);
      client.changed();
    });
    conn.onNotification('window/logMessage', (p: { message: string }) => {
      client.logs.push(p.message);
      client.changed();
    });
    conn.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => options.settings?.() ?? {}));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      client.appliedEdits.push(p);
      client.changed();
      return { applied: true };
    });
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.listen();
    await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri(options.root),
      workspaceFolders: [{ uri: uri(options.root), name: 'root' }],
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          applyEdit: true,
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        },
        textDocument: {
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { dataSupport: true, disabledSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
        window: { workDoneProgress: true },
      },
      initializationOptions: options.init,
    });
    await conn.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  /** Resolves with the first truthy value of `probe`, re-evaluated on every message from the server. */
  waitFor<T>(what: string, probe: () => T | undefined | false, ms = 15000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        if (this.exited) {
          done();
          reject(new Error(`${this.exited} while waiting for ${what}\nserver said:\n${this.logs.join('\n')}`));
          return true;
        }
        const v = probe();
        if (v) {
          done();
          resolve(v);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${ms} ms waiting for ${what}\nserver said:\n${this.logs.join('\n')}`));
      }, ms);
      const done = (): void => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
      };
      const listener = (): void => void check();
      this.listeners.push(listener);
      check();
    });
  }

  waitIndexed(ms?: number): Promise<IndexStatus> {
    return this.waitFor('the index to be idle', () => {
      const last = this.statuses[this.statuses.length - 1];
      return last?.state === 'idle' ? last : undefined;
    }, ms);
  }

  async open(path: string, text: string): Promise<void> {
    this.versions.set(path, 1);
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: uri(path), languageId: 'terraform', version: 1, text },
    });
  }

  async change(path: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const version = (this.versions.get(path) ?? 1) + 1;
    this.versions.set(path, version);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri(path), version },
      contentChanges: changes,
    });
  }

  async save(path: string): Promise<void> {
    await this.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: uri(path) } });
  }

  documentSymbols(path: string): Promise<DocumentSymbol[]> {
    return this.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri(path) } }) as Promise<
      DocumentSymbol[]
    >;
  }

  workspaceSymbols(query: string): Promise<Array<SymbolInformation | WorkspaceSymbol>> {
    return this.conn.sendRequest(WorkspaceSymbolRequest.type, { query }) as Promise<
      Array<SymbolInformation | WorkspaceSymbol>
    >;
  }

  codeActions(path: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<Array<CodeAction | Command>> {
    return this.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uri(path) },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    }) as Promise<Array<CodeAction | Command>>;
  }

  hover(path: string, position: { line: number; character: number }): Promise<Hover | null> {
    return this.conn.sendRequest(HoverRequest.type, { textDocument: { uri: uri(path) }, position });
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.conn.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((r) => (this.proc.exitCode !== null ? r() : this.proc.once('exit', () => r())));
    try {
      await this.conn.sendRequest(ShutdownRequest.type);
      await this.conn.sendNotification(ExitNotification.type);
    } catch {
      this.proc.kill();
    }
    await exited;
    this.conn.dispose();
  }
}

/** What an editor does with LSP text edits: replace each range (positions in the original text), last first. */
export function applyLspEdits(text: string, edits: Array<{ range: Range; newText: string }>): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }) => (p.line < starts.length ? starts[p.line] + p.character : text.length);
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  for (const e of sorted) text = text.slice(0, off(e.range.start)) + e.newText + text.slice(off(e.range.end));
  return text;
}
