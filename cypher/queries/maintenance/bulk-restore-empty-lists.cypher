// After a bulk import: the importer cannot write an empty list (an empty field is no property), so
// src/seed/seed.bulk-csv.ts writes $empty in its place and names the label sets and properties where it
// did; this puts back the `[]` ($restored: {<property>: []}) that the online load writes, for one label
// set and property. In batches: the database is new, nothing else writes it, and one transaction of a few
// hundred thousand updates costs more than its parts.
MATCH (n:$($labels))
WHERE n[$property] = [$empty]
CALL (n) {
  SET n += $restored
} IN TRANSACTIONS OF 20000 ROWS
