// title: Shortest path between two actors
// params: {"from": "UN", "to": "CN"}
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = shortestPath((a)-[:SANCTIONS|ATTACKS|DETAINS|THREATENS|ACCUSES|CRITICIZES|DENIES|DEPLOYS_TROOPS_TO|MILITARY_AID|ALLIED_WITH|DEFENSE_PACT|SUPPORTS|MEETS|VISITS*..6]-(b))
RETURN p, length(p) AS hops
