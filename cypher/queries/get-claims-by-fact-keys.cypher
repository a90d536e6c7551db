// Every claim of each fact (`event:<slug>`, `metric:<slug>`, `rel:<edge key>`), through the claim_fact
// index: the loader arbitrates a fact from all of them, the API pages them per fact.
UNWIND $factKeys AS factKey
MATCH (c:Claim {factKey: factKey})
RETURN factKey, c {.*} AS claim
ORDER BY factKey, c.key
