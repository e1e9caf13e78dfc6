// Public API: re-exports only (no fs, no process).
export { parse, type ParseOptions } from './parse.js';
export { decode, NotTextError, UnknownEncodingError, type DecodeOptions } from './source/decode.js';
export { splitLines } from './source/lines.js';
export { tokenize } from './tokenize/index.js';
export { buildTree } from './grammar/index.js';
export { toJSON, toContract } from './emit/json.js';
export { check, ruleIds, ruleInfo, parseConfig, ConfigError, defaultConfig, type CheckContext, type Config, type RuleId, type RuleInfo, type RuleLevel } from './check/index.js';
export * from './types.js';
