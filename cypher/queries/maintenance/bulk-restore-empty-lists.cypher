// After a bulk import: the importer cannot write an empty list (an empty field is no property), so
// src/seed/seed.bulk-csv.ts writes $empty in its place, in the properties named here only; this puts
// the `[]` back that the online load writes. A full scan on purpose: it runs once, on a fresh import.
MATCH (n)
WHERE n.kinds = [$empty] OR n.citationSources = [$empty] OR n.citationQuotes = [$empty] OR n.quotes = [$empty] OR n.notes = [$empty]
SET n.kinds = CASE WHEN n.kinds = [$empty] THEN [] ELSE n.kinds END,
    n.citationSources = CASE WHEN n.citationSources = [$empty] THEN [] ELSE n.citationSources END,
    n.citationQuotes = CASE WHEN n.citationQuotes = [$empty] THEN [] ELSE n.citationQuotes END,
    n.quotes = CASE WHEN n.quotes = [$empty] THEN [] ELSE n.quotes END,
    n.notes = CASE WHEN n.notes = [$empty] THEN [] ELSE n.notes END
