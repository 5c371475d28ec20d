// Backstage's own client library, installed from npm, against a running portico with the demo
// catalog: if these calls work, existing Backstage scripts and plugins work against Portico.
import { test, expect } from "@playwright/test";
import { CatalogClient } from "@backstage/catalog-client";
import * as path from "node:path";

const base = process.env.PORTICO_URL ?? "http://127.0.0.1:3000";
const client = new CatalogClient({
  discoveryApi: { getBaseUrl: async (plugin: string) => `${base}/api/${plugin}` },
});

// Ingestion runs beside serving; wait until the demo catalog is in.
test.beforeAll(async () => {
  for (let i = 0; i < 100; i++) {
    const found = await client.getEntityByRef("component:default/checkout-service").catch(() => undefined);
    if (found) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the demo catalog never appeared");
});

test("getEntities with filter and fields", async () => {
  const { items } = await client.getEntities({
    filter: [{ kind: "Component", "spec.lifecycle": "production" }, { kind: "API", "spec.type": "graphql" }],
    fields: ["kind", "metadata.name"],
  });
  const names = items.map((e) => `${e.kind}:${e.metadata.name}`).sort();
  expect(names).toContain("Component:checkout-service");
  expect(names).toContain("API:product-graph");
  expect(names).not.toContain("Component:fraud-detector");
  expect(Object.keys(items[0]).sort()).toEqual(["kind", "metadata"]);
  expect(items[0].metadata.uid).toBeUndefined();
});

test("getEntityByRef follows Backstage's reference rules", async () => {
  const entity = await client.getEntityByRef("Component:checkout-service");
  expect(entity?.metadata.title).toBe("Checkout Service");
  const ownedBy = entity?.relations?.find((r) => r.type === "ownedBy");
  expect(ownedBy?.targetRef).toBe("group:default/team-checkout");
  expect(await client.getEntityByRef("component:default/does-not-exist")).toBeUndefined();
});

test("queryEntities pages through every result with cursors", async () => {
  const seen: string[] = [];
  let response = await client.queryEntities({
    filter: { kind: "Component" },
    orderFields: { field: "metadata.name", order: "asc" },
    limit: 4,
    fields: ["metadata.name"],
  });
  const total = response.totalItems;
  seen.push(...response.items.map((e) => e.metadata.name));
  while (response.pageInfo.nextCursor) {
    response = await client.queryEntities({ cursor: response.pageInfo.nextCursor, limit: 4 });
    seen.push(...response.items.map((e) => e.metadata.name));
  }
  expect(total).toBe(11);
  expect(seen).toHaveLength(11);
  expect([...seen].sort()).toEqual(seen);
  const text = await client.queryEntities({ fullTextFilter: { term: "pay", fields: ["metadata.name"] } });
  expect(text.items.map((e) => e.metadata.name).sort()).toEqual(["payments", "payments-api", "payments-db", "payments-service", "team-payments"]);
});

test("getEntitiesByRefs keeps order and answers undefined for unknown refs", async () => {
  const { items } = await client.getEntitiesByRefs({
    entityRefs: ["user:default/alice", "component:default/nope", "group:default/team-search"],
  });
  expect(items.map((e) => e?.metadata.name)).toEqual(["alice", undefined, "team-search"]);
});

test("getEntityFacets counts values", async () => {
  const { facets } = await client.getEntityFacets({ facets: ["kind", "spec.lifecycle"], filter: { kind: "Component" } });
  expect(facets["kind"]).toEqual([{ value: "Component", count: 11 }]);
  const lifecycles = Object.fromEntries(facets["spec.lifecycle"].map((f) => [f.value, f.count]));
  expect(lifecycles).toEqual({ production: 9, experimental: 1, deprecated: 1 });
});

test("addLocation (dry run and real), removeLocationById", async () => {
  const target = path.resolve(__dirname, "../../server/tests/fixtures/catalog/registered.yaml");
  const dry = await client.addLocation({ type: "file", target, dryRun: true });
  expect(dry.exists).toBe(false);
  expect(dry.entities.map((e) => e.metadata.name)).toContain("registered-service");
  expect(await client.getEntityByRef("component:default/registered-service")).toBeUndefined();

  const added = await client.addLocation({ type: "file", target });
  expect(added.location.target).toBe(target);
  expect((await client.getEntityByRef("component:default/registered-service"))?.kind).toBe("Component");
  const byId = await client.getLocationById(added.location.id);
  expect(byId?.target).toBe(target);
  await expect(client.addLocation({ type: "file", target })).rejects.toThrow();

  await client.removeLocationById(added.location.id);
  expect(await client.getEntityByRef("component:default/registered-service")).toBeUndefined();
});

test("validateEntity reports Backstage's validation errors", async () => {
  const good = await client.validateEntity(
    { apiVersion: "backstage.io/v1alpha1", kind: "Component", metadata: { name: "fine" }, spec: { type: "service", lifecycle: "production", owner: "team-a" } },
    "url:https://example.com/catalog-info.yaml",
  );
  expect(good.valid).toBe(true);
  const bad = await client.validateEntity(
    { apiVersion: "backstage.io/v1alpha1", kind: "Component", metadata: { name: "Not Valid!" }, spec: {} },
    "url:https://example.com/catalog-info.yaml",
  );
  expect(bad.valid).toBe(false);
  if (!bad.valid) {
    expect(bad.errors[0].message).toContain('"metadata.name" is not valid');
  }
});
