// Nodes of the graph's data, leaving out bookkeeping (API keys, the data version): "is the database
// empty?" before seeding, so a key created before the first start does not stop the seeds from loading.
MATCH (n)
WHERE NOT n:ApiKey AND NOT n:DataVersion
RETURN count(n) AS nodes
