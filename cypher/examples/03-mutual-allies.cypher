// title: Mutual allies of two states
// params: {"a": "CN", "b": "RU"}
MATCH (a:Actor {id: $a})-[ra:ALLIED_WITH|DEFENSE_PACT]-(ally:Actor)-[rb:ALLIED_WITH|DEFENSE_PACT]-(b:Actor {id: $b})
RETURN DISTINCT ally.name_en AS mutual_ally, ally.name_ar AS name_ar, a, ra, ally, rb, b
