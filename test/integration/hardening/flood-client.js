// The flooding client of fair-sharing.test.ts, in its own process so that its work (sending,
// reading megabytes of replies) does not run on the event loop of the API it measures.
// Input (JSON on argv[2]): { url, headers, bodies, seconds, connections, maxRequests }.
// Output (one JSON line on stdout): { sent, bytes, statuses, p50MsByKind }.
const { url, headers, bodies, seconds, connections, maxRequests } = JSON.parse(process.argv[2]);
const until = Date.now() + seconds * 1000;
const statuses = {};
const ms = bodies.map(() => []);
let sent = 0;
let bytes = 0;

async function loop(offset) {
  for (let i = offset; Date.now() < until && sent < maxRequests; i += 1) {
    sent += 1;
    const kind = i % bodies.length;
    const began = Date.now();
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: bodies[kind] });
    const text = await res.text();
    bytes += text.length;
    let code = "200";
    if (res.status !== 200) {
      try {
        code = `${res.status} ${JSON.parse(text).errors?.[0]?.extensions?.code}`;
      } catch {
        code = `${res.status} (not JSON)`;
      }
    }
    statuses[code] = (statuses[code] ?? 0) + 1;
    ms[kind].push(Date.now() - began);
  }
}

const median = (values) => (values.length === 0 ? null : [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);

Promise.all(Array.from({ length: connections }, (_, i) => loop(i))).then(() => {
  process.stdout.write(`${JSON.stringify({ sent, bytes, statuses, p50MsByKind: ms.map(median) })}\n`);
});
