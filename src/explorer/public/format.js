// Small text and DOM helpers shared by the panels.

const KIND_WORDS = {
  AI_MODEL: "AI model",
  APP: "app",
  ASSISTANT: "assistant",
  BIG_TECH: "big tech",
  CLOUD_PROVIDER: "cloud provider",
  CLOUD_SERVICE: "cloud service",
  DATA_PROVIDER: "data provider",
  ENGINEER: "engineer",
  EXECUTIVE: "executive",
  FOUNDER: "founder",
  INVESTOR: "investor",
  MANUFACTURER: "manufacturer",
  MARKET: "market",
  MEDIA: "media",
  RESEARCH: "research",
  RESEARCHER: "researcher",
  STARTUP: "startup",
  UNIVERSITY: "university",
};

/** "Organization · startup, investor" */
export function describeEntity(entity) {
  const type = entity.type ? entity.type[0] + entity.type.slice(1).toLowerCase() : "";
  const kinds = (entity.kinds ?? []).map((k) => KIND_WORDS[k] ?? k.toLowerCase()).join(", ");
  return kinds ? `${type} · ${kinds}` : type;
}

/** FUNDING_ROUND -> "funding round" */
export function words(enumValue) {
  return enumValue ? enumValue.toLowerCase().replace(/_/g, " ") : "";
}

/** Builds an element: h("p", { className: "x" }, "text", child). */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) element.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === "className" || key === "textContent" || key === "hidden") element[key] = value;
    else element.setAttribute(key, value === true ? "" : String(value));
  }
  element.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

/** Citations as quotes with their source: the evidence for a fact. */
export function citationList(citations) {
  if (!citations?.length) return h("p", { className: "muted" }, "No citation recorded.");
  return h(
    "ul",
    { className: "citations" },
    citations.map((citation) =>
      h(
        "li",
        {},
        h("blockquote", { className: "quote" }, citation.quote),
        h("p", { className: "source" }, "— ", sourceLabel(citation.source)),
      ),
    ),
  );
}

/**
 * A fact's claims side by side: each source's stance, status and values, with its verbatim quote or, for a
 * source whose text is not stored, a note in the project's own words and the page's address.
 */
export function claimList(claims) {
  if (!claims?.length) return h("p", { className: "muted" }, "No claim recorded.");
  return h(
    "ul",
    { className: "claims" },
    claims.map((claim) => {
      const values = [
        claim.date?.text,
        money(claim.amount),
        money(claim.valuation) ? `valuation ${money(claim.valuation)}` : null,
        claim.value != null
          ? `${claim.qualifier && claim.qualifier !== "EXACT" ? `${claim.qualifier.toLowerCase().replace(/_/g, " ")} ` : ""}${claim.value.toLocaleString("en")}`
          : null,
        claim.certainty?.toLowerCase(),
      ].filter(Boolean);
      return h(
        "li",
        { className: `claim stance-${claim.stance.toLowerCase()} status-${claim.status.toLowerCase()}` },
        h(
          "p",
          { className: "claim-head" },
          h("span", { className: "badge" }, claim.stance.toLowerCase()),
          claim.status !== "ACTIVE" ? h("span", { className: "badge" }, claim.status.toLowerCase()) : null,
          sourceLabel(claim.source),
          claim.attributedTo ? ` (for ${claim.attributedTo.name})` : null,
        ),
        values.length ? h("p", { className: "muted" }, values.join(" · ")) : null,
        ...claim.quotes.map((quote) => h("blockquote", { className: "quote" }, quote)),
        claim.note
          ? h(
              "p",
              { className: "note" },
              claim.note,
              claim.source.url ? [" ", h("span", { className: "muted" }, `(reference: ${claim.source.url})`)] : null,
            )
          : null,
      );
    }),
  );
}

function sourceLabel(source) {
  if (!source) return "unknown source";
  const text = [source.title, source.publisher, source.publicationDate?.text].filter(Boolean).join(", ");
  // Links are shown as text, not followed: the explorer works offline and never leaves the server.
  return h("cite", { title: source.url ?? undefined }, text);
}

export function money(value) {
  if (!value) return null;
  // `amount` is exact decimal text; grouping digits for display only, through BigInt when whole so no digit is lost.
  const whole = /^-?\d+$/.test(value.amount);
  const shown = whole ? BigInt(value.amount).toLocaleString("en") : Number(value.amount).toLocaleString("en");
  return `${shown} ${value.currencyCode}`;
}
