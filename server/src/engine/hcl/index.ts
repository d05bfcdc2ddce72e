// The HCL toolkit of the engine: parsers for native and JSON syntax, and helpers over the AST.
export * from './ast';
export { parse, parseTemplateString } from './parse';
export { parseJson, parseJsonValues } from './json';
export { LineIndex, computeLineStarts, type Position } from './lineIndex';
export { literalValue, exprText, references, traversalText, type LiteralValue } from './values';
