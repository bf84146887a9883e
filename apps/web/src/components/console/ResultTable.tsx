import type { CypherResponse, CypherValue } from '@entente/protocol';
import { formatPath, formatValue, isNode, isPath, isRelationship, nodeCaption, nodeColor, relationshipColor } from '../../core/console/values.ts';
import { useLanguage } from '../../core/i18n/index.ts';

/** Graph entities get the map's colours; everything else reads as compact text. */
function Cell({ value }: { value: CypherValue }) {
  const language = useLanguage();
  if (value === null) return <span className="cypher-null">null</span>;
  if (isNode(value)) {
    return (
      <span className="cypher-node">
        <span className="node-swatch" style={{ background: nodeColor(value) }} aria-hidden="true" />
        <span className="cypher-labels">:{value.labels.join(':')}</span> <bdi>{nodeCaption(value, language)}</bdi>
      </span>
    );
  }
  if (isRelationship(value)) {
    return (
      <span className="cypher-relationship" style={{ borderColor: relationshipColor(value.type) }}>
        :{value.type}
      </span>
    );
  }
  if (isPath(value)) return <span className="cypher-path">{formatPath(value, language)}</span>;
  return <span dir="auto">{formatValue(value, language)}</span>;
}

export function ResultTable({ response }: { response: CypherResponse }) {
  return (
    <div className="result-table-frame">
      <table className="result-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            {response.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {response.rows.map((row, index) => (
            <tr key={index}>
              <td className="row-number">{index + 1}</td>
              {row.map((value, column) => (
                <td key={column}>
                  <Cell value={value} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
