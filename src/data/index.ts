export { loadPack, packFingerprint, PACK_DIR, PackError, type Pack } from './pack.js';
export { decodeLines, formatProblem, parseJsonLines, validate, type InputProblem, type Parsed } from './jsonl.js';
export { inputFiles, type InputFile } from './input-files.js';
