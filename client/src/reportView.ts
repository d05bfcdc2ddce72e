// The drift report tree: by status, then resource, then difference; each item opens its source.
import * as vscode from 'vscode';
import type { Difference, ResourceResult, ResourceStatus, ScanReport } from '../../server/src/engine/scan/types';
import { InternalCommands } from '../../server/src/protocol';

const STATUS_LABEL: Record<ResourceStatus, string> = {
  drifted: 'Drifted',
  missing: 'Missing (gone live)',
  unmanaged: 'Unmanaged (live only)',
  not_in_state: 'Not in state',
  error: 'Errors',
  unsupported: 'Unsupported',
  in_sync: 'In sync',
};
const ORDER: ResourceStatus[] = ['drifted', 'missing', 'unmanaged', 'not_in_state', 'error', 'unsupported', 'in_sync'];

type Node =
  | { kind: 'status'; status: ResourceStatus; resources: ResourceResult[] }
  | { kind: 'resource'; resource: ResourceResult }
  | { kind: 'difference'; resource: ResourceResult; difference: Difference };

function show(v: unknown): string {
  if (v === undefined) return '(absent)';
  const s = JSON.stringify(v);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

function openCommand(file: string | undefined, range: ResourceResult['range']): vscode.Command | undefined {
  if (!file) return undefined;
  return { title: 'Open', command: InternalCommands.openLocation, arguments: [vscode.Uri.file(file).toString(), range] };
}

export class ReportView implements vscode.TreeDataProvider<Node> {
  private report: ScanReport | null = null;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly load: () => Promise<ScanReport | null>) {}

  async refresh(): Promise<void> {
    this.report = await this.load();
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!this.report) return [];
    if (!node) {
      return ORDER.map((status) => ({ kind: 'status' as const, status, resources: this.report!.resources.filter((r) => r.status === status) })).filter(
        (n) => n.resources.length > 0,
      );
    }
    if (node.kind === 'status') return node.resources.map((resource) => ({ kind: 'resource' as const, resource }));
    if (node.kind === 'resource') return node.resource.differences.map((difference) => ({ kind: 'difference' as const, resource: node.resource, difference }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'status') {
      const item = new vscode.TreeItem(`${STATUS_LABEL[node.status]} (${node.resources.length})`, node.status === 'in_sync' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.contextValue = 'status';
      return item;
    }
    if (node.kind === 'resource') {
      const r = node.resource;
      const item = new vscode.TreeItem(r.address, r.differences.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.description = r.status === 'error' || r.status === 'unsupported' ? r.error : r.identifier;
      item.tooltip = [r.address, r.cloudType, r.identifier, r.region, r.error].filter(Boolean).join('\n');
      item.command = openCommand(r.file, r.range) ?? { title: 'Details', command: InternalCommands.showResource, arguments: [r.address] };
      item.contextValue = 'resource';
      item.iconPath = new vscode.ThemeIcon(r.status === 'in_sync' ? 'pass' : r.status === 'error' ? 'error' : r.status === 'unsupported' ? 'circle-slash' : 'warning');
      return item;
    }
    const d = node.difference;
    const item = new vscode.TreeItem(d.path, vscode.TreeItemCollapsibleState.None);
    item.description = `${show(d.expected)} → ${show(d.actual)}`;
    item.tooltip = `${d.path}\nexpected (${d.source}): ${show(d.expected)}\nlive: ${show(d.actual)}`;
    item.command = openCommand(node.resource.file, d.range ?? node.resource.range);
    item.contextValue = 'difference';
    return item;
  }
}
