// The one typed place for everything the client and the server say to each other beyond standard LSP:
// command ids, custom requests and notifications, and the settings section. Imported by both processes.

export const SETTINGS_SECTION = 'driftlog';
export const LANGUAGE_IDS = ['terraform', 'terraform-vars'] as const;

export const Commands = {
  scanWorkspace: 'driftlog.scanWorkspace',
  scanFile: 'driftlog.scanFile',
  scanResource: 'driftlog.scanResource',
  stopScan: 'driftlog.stopScan',
  verifyLog: 'driftlog.verifyLog',
  showReport: 'driftlog.showReport',
  createCheckpoint: 'driftlog.createCheckpoint',
  showOutput: 'driftlog.showOutput',
} as const;
export type CommandId = (typeof Commands)[keyof typeof Commands];
