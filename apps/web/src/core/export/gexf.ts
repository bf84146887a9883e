import type { NetworkGraphInstance } from '../graph/graph.ts';

// XML 1.0 forbids most control characters even when escaped; scraped text can contain them.
// eslint-disable-next-line no-control-regex -- matching them is the point
const FORBIDDEN_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: string): string {
  return value.replace(FORBIDDEN_XML_CHARACTERS, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}

type AttributeValue = string | number | null | undefined;

function element(name: string, attributes: Record<string, AttributeValue>, children: string[] = []): string {
  const rendered = Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  return children.length === 0 ? `<${name}${rendered}/>` : `<${name}${rendered}>${children.join('')}</${name}>`;
}

function attributeValues(values: Record<string, AttributeValue>): string {
  const present = Object.entries(values).filter(([, value]) => value !== null && value !== undefined && value !== '');
  return element(
    'attvalues',
    {},
    present.map(([key, value]) => element('attvalue', { for: key, value })),
  );
}

function vizColor(hex: string): string {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return element('viz:color', { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 });
}

const NODE_ATTRIBUTES = { kind: 'string', name_en: 'string', name_ar: 'string', iso2: 'string' } as const;
const EDGE_ATTRIBUTES = { relation: 'string', count: 'integer', articles: 'integer', first_date: 'string', last_date: 'string' } as const;

function declarations(kind: 'node' | 'edge', attributes: Record<string, string>): string {
  const declared = Object.entries(attributes).map(([id, type]) => element('attribute', { id, title: id, type }));
  return element('attributes', { class: kind }, declared);
}

/** GEXF 1.3 as Gephi reads it: both names as attributes, colours, sizes and positions as drawn. */
export function toGexf(graph: NetworkGraphInstance, labelOf: (node: string) => string): string {
  const nodes: string[] = [];
  graph.forEachNode((node, { kind, name_en, name_ar, iso2, x, y, size, color }) => {
    nodes.push(
      element('node', { id: node, label: labelOf(node) }, [
        attributeValues({ kind, name_en, name_ar, iso2 }),
        vizColor(color),
        element('viz:position', { x, y, z: 0 }),
        element('viz:size', { value: size }),
      ]),
    );
  });
  const edges: string[] = [];
  graph.forEachEdge((edge, { type, count, articles, first_date, last_date, color, size }, source, target, _s, _t, undirected) => {
    edges.push(
      element('edge', { id: edge, source, target, type: undirected ? 'undirected' : 'directed', label: type, weight: count }, [
        attributeValues({ relation: type, count, articles, first_date, last_date }),
        vizColor(color),
        element('viz:thickness', { value: size }),
      ]),
    );
  });
  const meta = element('meta', { lastmodifieddate: new Date().toISOString().slice(0, 10) }, [element('creator', {}, [escapeXml('Entente')])]);
  const body = element('graph', { defaultedgetype: 'directed', mode: 'static' }, [
    declarations('node', NODE_ATTRIBUTES),
    declarations('edge', EDGE_ATTRIBUTES),
    element('nodes', {}, nodes),
    element('edges', {}, edges),
  ]);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' + element('gexf', { xmlns: 'http://gexf.net/1.3', 'xmlns:viz': 'http://gexf.net/1.3/viz', version: '1.3' }, [meta, body]) + '\n'
  );
}
