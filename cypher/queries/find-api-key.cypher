// An API key by the public id it carries in its text; the secret part is checked against `hash`.
MATCH (k:ApiKey {keyId: $keyId})
RETURN k { .name, .role, .hash, .revokedAt } AS key
