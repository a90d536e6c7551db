// The sequence number of the latest committed change (0 before the first): where a subscription
// without a cursor starts. The counter moves in the same transaction as the change it numbers, so its
// committed value is the highest committed seq.
OPTIONAL MATCH (counter:ChangeCounter {id: 'graph'})
RETURN coalesce(counter.value, 0) AS seq
