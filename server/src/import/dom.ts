// The few properties of htmlparser2's DOM nodes the importers read, typed here so that the importers
// depend on the parser's behaviour rather than on one version of its type package.

import { parseDocument } from 'htmlparser2';

export interface DomNode {
  type: string;
  parent: DomNode | null;
  startIndex: number | null;
  /** Elements: lower-case tag name (HTML) or the qualified name as written (XML). */
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  /** Text nodes. */
  data?: string;
}

export function parseDom(source: string, xml: boolean): DomNode {
  return parseDocument(source, { withStartIndices: true, xmlMode: xml, decodeEntities: true, lowerCaseTags: !xml }) as unknown as DomNode;
}

export function isElement(node: DomNode): boolean {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: DomNode): boolean {
  return node.type === 'text';
}

/** The element's children that are elements named `name`. */
export function childElements(node: DomNode, name?: string): DomNode[] {
  return (node.children ?? []).filter((c) => isElement(c) && (name === undefined || c.name === name));
}

/** Depth-first, document order. */
export function* descendants(node: DomNode): Generator<DomNode> {
  for (const child of node.children ?? []) {
    yield child;
    yield* descendants(child);
  }
}
