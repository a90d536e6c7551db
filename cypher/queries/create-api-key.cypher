// A new API key; `created` is false when the name is taken (by a live or a revoked key: a name is
// the actor in the audit trail, so it never passes to another holder). $keyId is fresh and random,
// so the node holds it only when this statement created it.
MERGE (k:ApiKey {name: $name})
ON CREATE SET k.keyId = $keyId, k.role = $role, k.hash = $hash, k.createdAt = $createdAt
RETURN k.keyId = $keyId AS created
