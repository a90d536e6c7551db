// How many claims a fact has (zero: the fact does not exist yet), through the claim_fact index.
MATCH (c:Claim {factKey: $factKey})
RETURN count(c) AS claims
