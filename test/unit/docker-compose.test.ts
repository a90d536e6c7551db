import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";

// No Docker engine on CI machines: these checks keep the compose file and Dockerfile consistent
// with the code (the image's documented settings, the API's own variables and files).
const root = path.resolve(__dirname, "../..");
/** The parts of the compose file these checks read; a missing one fails its check. */
interface ComposeFile {
  services: {
    neo4j: { image: string; environment: Record<string, string>; healthcheck: { test: string[] }; volumes: string[] };
    api: { build: string; depends_on: Record<string, { condition: string }>; environment: Record<string, string>; ports: string[] };
  };
  volumes: Record<string, unknown>;
}
const compose = parse(fs.readFileSync(path.join(root, "docker-compose.yml"), "utf8")) as ComposeFile;

describe("docker-compose.yml", () => {
  it("runs the official Neo4j 5.26 Community image with auth, a healthcheck and a persistent volume", () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe("neo4j:5.26-community");
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\//);
    expect(neo4j.healthcheck.test.join(" ")).toContain("cypher-shell");
    expect(neo4j.volumes).toContain("neo4j-data:/data");
    expect(Object.keys(compose.volumes)).toContain("neo4j-data");
  });

  it("uses only Neo4j settings spelled the way the image maps them (NEO4J_ + dots as _ + _ as __)", () => {
    const settings = Object.keys(compose.services.neo4j.environment).filter((key) => key !== "NEO4J_AUTH");
    for (const key of settings) expect(key).toMatch(/^NEO4J_[a-z]+(_[a-z]+|__[a-z]+)*$/);
  });

  it("starts the API from its Dockerfile once Neo4j is healthy, configured through NEO4J_URI", () => {
    const api = compose.services.api;
    expect(api.build).toBe(".");
    expect(api.depends_on.neo4j.condition).toBe("service_healthy");
    expect(api.environment.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(api.environment.NEO4J_PASSWORD).toContain("NEO4J_PASSWORD");
    expect(api.ports).toContain("4000:4000");
  });
});

describe("Dockerfile", () => {
  const dockerfile = fs.readFileSync(path.join(root, "Dockerfile"), "utf8");

  it("copies only paths that exist in the repository", () => {
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1].split(/\s+/));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) expect(fs.existsSync(path.join(root, source))).toBe(true);
  });

  it("runs the compiled entry point with node itself, so SIGTERM reaches it", () => {
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/src\/main\.js"\]$/m);
    // `npm start` runs the same compiled entry point (scripts/start.mjs loads it after building).
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe("node scripts/start.mjs");
    expect(fs.readFileSync(path.join(root, "scripts", "start.mjs"), "utf8")).toContain('join(root, "dist", "src", "main.js")');
  });

  it("installs without devDependencies, as NODE_ENV=production npm ci does, and builds with what that installs", () => {
    expect(dockerfile).toMatch(/^RUN npm ci --omit=dev\b/m);
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
  });
});
