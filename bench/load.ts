import autocannon from "autocannon";

export interface LoadRun {
  /** Every response time (ms), exact (autocannon's histogram rounds to 1 ms). */
  latencies: number[];
  errors: number;
  /** From the start to the last answer. */
  seconds: number;
  /** CPU seconds of this process (the load generator) during the run. */
  loaderCpuSeconds: number;
}

/**
 * Closed-loop load with autocannon: `connections` clients, each sending its next request when the
 * last one is answered, cycling through `bodies`, until `requests` answers or `maxSeconds`, whichever
 * comes first. Every body is checked for `errors`.
 */
export async function load(url: string, bodies: string[], connections: number, requests: number, maxSeconds: number): Promise<LoadRun> {
  let next = 0;
  let bodyErrors = 0;
  const latencies: number[] = [];
  const options: autocannon.Options = {
    url,
    method: "POST",
    connections,
    amount: requests,
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) bodyErrors++;
        },
      },
    ],
  };
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  // The last answer's time, not the run's end: autocannon notices `amount` on its 1 s tick, which
  // would count up to a second of idling into a short slice.
  let lastAnswer = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
      lastAnswer = process.hrtime.bigint();
    });
    const stop = setTimeout(() => instance.stop(), maxSeconds * 1000);
    instance.on("done", () => clearTimeout(stop));
  });
  const seconds = Number(lastAnswer - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    latencies,
    errors: result.errors + result.timeouts + result.non2xx + bodyErrors,
    seconds,
    loaderCpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}
