/**
 * The part of a DOM node the page readers use. Declared here, not taken from lib.dom.d.ts, so the
 * engine stays free of browser types: a real `Element` satisfies it at run time, and Node tests
 * and benchmarks can pass any tree of the same shape (linkedom, happy-dom or a hand-built one).
 */
export interface PageNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<PageNode>;
  readonly parentNode: PageNode | null;
  getAttribute?(name: string): string | null;
  /** Present on input, textarea and select elements. */
  readonly value?: unknown;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: PageNode): boolean {
  return node.nodeType === ELEMENT_NODE;
}

export function tagName(node: PageNode): string {
  return node.nodeName.toLowerCase();
}

/** The text of a node's children, each read by `textOfChild`, joined in order. */
export function childrenText(node: PageNode, textOfChild: (child: PageNode) => string): string {
  let text = '';
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child) text += textOfChild(child);
  }
  return text;
}
