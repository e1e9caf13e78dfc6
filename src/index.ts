// Public API: re-exports only (no fs, no process).
export { parse, parseMarkdown, type ParseOptions } from './parse.js';
export { decode, NotTextError, UnknownEncodingError, type DecodeOptions } from './source/decode.js';
export { splitLines } from './source/lines.js';
export { markdownToLines } from './source/markdown.js';
export { tokenize } from './tokenize/index.js';
export { buildTree } from './grammar/index.js';
export { toJSON, toContract } from './emit/json.js';
export { toYAML } from './emit/yaml.js';
export { toMarkdown, type MarkdownOptions } from './emit/markdown/index.js';
export { check, ruleIds, ruleInfo, parseConfig, ConfigError, defaultConfig, type CheckContext, type Config, type RuleId, type RuleInfo, type RuleLevel } from './check/index.js';
export * from './types.js';
