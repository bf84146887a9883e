// title: The evidence behind one relationship
// params: {"type": "SANCTIONS", "source": "UN", "target": "KP"}
MATCH (s:Actor {id: $source})-[:ACTOR]->(e:Event {type: $type})-[:RECIPIENT]->(t:Actor {id: $target})
MATCH (m:Mention)-[:EVIDENCES]->(e), (m)-[:IN]->(a:Article)
RETURN e.date AS date, e.mode AS mode, m.text AS sentence, a.title AS article, a.date AS published, a.url AS url
ORDER BY date DESC
