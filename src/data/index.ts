export {
  actorProblems,
  DEFAULT_PACK_DIR,
  loadPack,
  readManifest,
  unknownActorHint,
  packFingerprint,
  PackError,
  resolvePackDir,
  type Pack,
} from './pack.js';
export { decodeLines, formatProblem, parseJsonLines, validate, type InputProblem, type Parsed } from './jsonl.js';
export { inputFiles, type InputFile } from './input-files.js';
