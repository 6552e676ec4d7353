export { loadPack, PACK_DIR, PackError, type Pack } from './pack.js';
export { formatProblem, parseJsonLines, validate, type InputProblem, type Parsed } from './jsonl.js';
