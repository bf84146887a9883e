// title: Events of a type in a time range
// params: {"type": "SANCTIONS", "from": "2024-01-01", "to": "2024-12-31"}
MATCH (s:Actor)-[:ACTOR]->(e:Event {type: $type})-[:RECIPIENT]->(t:Actor)
WHERE e.date >= $from AND e.date <= $to
RETURN e.date AS date, s.name_en AS source, t.name_en AS target, e.mode AS mode, e.confidence AS confidence
ORDER BY date DESC
LIMIT 500
