// The workspace index: files, modules, resources, with exact ranges. No vscode, no LSP.
export * from './model';
export {
  indexFile,
  indexText,
  fileKind,
  isTfvars,
  parseText,
  MAX_FILE_BYTES,
  PARSER_VERSION,
  type ParsedEntry,
} from './indexFile';
export { buildModuleIndex, blockKind, attr, childBlocks, ignoreChanges, resourcesOf } from './module';
export { walk, excludeMatcher, ALWAYS_SKIPPED_DIRS, type WalkOptions } from './walk';
export { ParseCache, defaultCacheDir, packPath, type CacheEntry } from './cache';
export { decodeOutline, encodeOutline, outlineOf, type OutlineBlock, type OutlineData } from './outline';
export { WorkspaceIndex, FileRecord, type WorkspaceIndexOptions, type OpenStats, type SymbolInfo } from './workspace';
