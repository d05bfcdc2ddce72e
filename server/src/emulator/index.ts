// The local Cloud Control + CloudTrail emulator: public entry points.
export { startEmulator } from './server';
export type { Emulator, EmulatorOptions, EmulatorAdmin, AdminResource, AdminMutation, AdminScope, Counters, RequestLogEntry } from './server';
export { AdminClient, AdminError } from './adminClient';
export { loadSeedFile, validateSeed, SeedError } from './seed';
export type { Seed, SeedChange, SeedCredential, TypeFacts, ListMode, JsonObject } from './seed';
export { parseLatency } from './faults';
export type { FaultOptions, Latency } from './faults';
