// Developer tools: CodeBuild, CodePipeline, CodeConnections, CodeDeploy, CodeCommit.
import type { TableEntry } from '../types';

export const ENTRIES: Record<string, TableEntry> = {};
