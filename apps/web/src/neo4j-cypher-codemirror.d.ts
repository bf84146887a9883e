/**
 * Types for @neo4j-cypher/codemirror 1.0. The package ships declarations, but its package.json "exports"
 * do not point to them for the main entry, and they say createCypherEditor returns the editor API where
 * the code returns it wrapped as `{ editor }`.
 */
declare module '@neo4j-cypher/codemirror' {
  import type { EditorApi, EditorOptions } from '@neo4j-cypher/codemirror/src/codemirror.d.ts';

  export type { EditorApi, EditorOptions };
  export function createCypherEditor(parentDOMElement: Element | DocumentFragment, options: EditorOptions): { editor: EditorApi };
}
