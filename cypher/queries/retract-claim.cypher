// Marks a claim retracted, with the reason; the claim stays (shown as RETRACTED, no longer counted).
MATCH (c:Claim {key: $key})
SET c.status = 'RETRACTED',
    c.retractedReason = $reason
