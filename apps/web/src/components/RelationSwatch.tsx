import { relationSpec, type RelationType } from '@entente/ontology';

/** A short stroke in the relation's colour, with an arrowhead when the relation is directed, as on the map. */
export function RelationSwatch({ type }: { type: RelationType }) {
  const { color, directed } = relationSpec(type);
  return (
    <svg className="relation-swatch" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
      <line x1="1" y1="5" x2={directed ? 20 : 27} y2="5" stroke={color} strokeWidth="3" />
      {directed && <polygon points="19,0 28,5 19,10" fill={color} />}
    </svg>
  );
}
