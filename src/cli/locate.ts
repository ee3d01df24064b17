/**
 * Where in a feed's text a problem is: the line and column of a JSON path, and of a syntax error. For
 * the people who edit feeds by hand (the command line and the demo's feed checker); the widgets never
 * load it. jsonc-parser reads the text once into a tree of offsets.
 */
import {findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError} from 'jsonc-parser';
import type {PathSegment} from '../core/paths.js';

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (what editors count). */
  column: number;
  /** 0-based offset of the value in the text, and its length. */
  offset: number;
  length: number;
}

/** Line starts of a text, for turning offsets into lines and columns. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionIn(starts: readonly number[], offset: number, length: number): TextPosition {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return {line: lo + 1, column: offset - starts[lo]! + 1, offset, length};
}

/**
 * A function from JSON paths to positions in `text`. A path that is not in the text (a required field
 * that is missing) gives the position of the closest thing on it that is: the object that lacks it.
 */
export function locator(text: string): (path: readonly PathSegment[]) => TextPosition | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const root: Node | undefined = parseTree(bom ? text.slice(1) : text, [], {
    disallowComments: true,
    allowTrailingComma: false,
  });
  const starts = lineStarts(text);
  return (path) => {
    if (!root) return undefined;
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, path.slice(0, n) as PathSegment[]);
      if (!node) continue;
      // A property's value: point at its key, where a person looks for it.
      const at = node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : node;
      return positionIn(starts, at.offset + bom, at.length);
    }
    return undefined;
  };
}

/** The first syntax error of a text that is not valid JSON, with its position and jsonc-parser's name for it. */
export function syntaxError(text: string): {position: TextPosition; code: string} | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const errors: ParseError[] = [];
  parse(bom ? text.slice(1) : text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (!first) return undefined;
  return {
    position: positionIn(lineStarts(text), first.offset + bom, first.length),
    code: printParseErrorCode(first.error),
  };
}
