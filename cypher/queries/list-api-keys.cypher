// Every API key, without its hash, for `npm run keys -- list`.
MATCH (k:ApiKey)
RETURN k { .name, .role, .keyId, .createdAt, .revokedAt } AS key
ORDER BY k.name
