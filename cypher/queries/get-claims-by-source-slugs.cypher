// Every claim each source makes (Source.claims), through the claim_source index.
UNWIND $slugs AS slug
MATCH (c:Claim {sourceSlug: slug})
RETURN slug, c {.*} AS claim
ORDER BY slug, c.key
