// Revokes a key by name (idempotent: a revoked key keeps its first revocation time).
MATCH (k:ApiKey {name: $name})
SET k.revokedAt = coalesce(k.revokedAt, $revokedAt)
RETURN k.revokedAt = $revokedAt AS revokedNow
