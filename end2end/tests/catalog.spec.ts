// The catalog in the browser, against the demo catalog: explorer filters (through the UI and
// from a shared URL, also without scripts), the text filter, entity pages and the relations
// graph, stars, import and unregister, processing errors, and the 404 page.
import { test, expect, Page } from "@playwright/test";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { hydrated, watchConsole, snap } from "./helpers";

const rows = (page: Page) => page.locator("tbody tr[data-entity]");

async function setTheme(page: Page, theme: "light" | "dark") {
  await page.context().addCookies([
    { name: "portico-theme", value: theme, url: page.url().startsWith("http") ? page.url() : process.env.PORTICO_URL ?? "http://127.0.0.1:3000" },
  ]);
}

test("filter by kind and owner through the UI, then share the URL", async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto("/catalog");
  await hydrated(page);
  await expect(page.getByTestId("catalog-count")).toContainText("Components");
  const all = await rows(page).count();
  expect(all).toBeGreaterThan(5);

  await page.locator("#catalog-kind").selectOption("api");
  await expect(page).toHaveURL(/kind=api/);
  await expect(page.getByTestId("catalog-count")).toContainText("APIs");
  await expect(rows(page).first()).toHaveAttribute("data-entity", /^api:/);

  await page.locator('a.facet-option[data-facet="owner"][data-value="group:default/team-payments"]').click();
  await expect(page).toHaveURL(/owner=group:default\/team-payments/);
  const owned = rows(page);
  await expect(owned.first()).toBeVisible();
  for (const owner of await owned.locator("td:nth-child(3)").allInnerTexts()) {
    expect(owner.trim()).toBe("team-payments");
  }
  const shared = page.url();
  const names = await owned.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-entity")));

  // The shared link, opened by someone else, renders the same rows on the server.
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const other = await context.newPage();
  await other.goto(shared);
  await expect(other.locator('a.facet-option[data-value="group:default/team-payments"]')).toHaveAttribute("aria-checked", "true");
  expect(await rows(other).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-entity")))).toEqual(names);
  await context.close();
  expect(errors).toEqual([]);
});

test("the text filter narrows as you type", async ({ page }) => {
  await page.goto("/catalog");
  await hydrated(page);
  const search = page.locator("#catalog-filter");
  await search.click();
  await search.pressSequentially("ledg");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute("data-entity", "component:default/ledger");
  await expect(page).toHaveURL(/q=ledg/);

  // A figure, not an assertion (the README quotes it): from one input event to the updated
  // table, round trip to the server included, alternating between two texts.
  const timings: number[] = [];
  for (let i = 0; i < 10; i++) {
    const [text, expected] = i % 2 === 0 ? ["search", 2] : ["ledger", 1];
    const started = Date.now();
    await search.fill(text);
    await expect(rows(page)).toHaveCount(expected);
    timings.push(Date.now() - started);
  }
  timings.sort((a, b) => a - b);
  console.log(`text filter: median ${timings[5]} ms, max ${timings[9]} ms from input to updated table (10 runs)`);

  await search.fill("no-such-thing-anywhere");
  await expect(page.getByText("No matching entities")).toBeVisible();
});

test("sort by a column header, and page links keep the filters", async ({ page }) => {
  await page.goto("/catalog?kind=all");
  await hydrated(page);
  await page.locator("th a.table__sort", { hasText: "Name" }).click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect(page.locator('th[aria-sort="descending"]')).toHaveText(/Name/);
  // The order is by entity name (the table shows titles where set).
  const names = await rows(page).evaluateAll((trs) => trs.map((tr) => (tr.getAttribute("data-entity") ?? "").split("/")[1]));
  expect(names.length).toBeGreaterThan(10);
  expect(names).toEqual([...names].sort().reverse());
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(/kind=all/);
});

test("open an entity and follow the graph to its owner", async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto("/catalog");
  await hydrated(page);
  await page.getByRole("link", { name: "Ledger", exact: true }).click();
  await expect(page.locator(".entity-header__title")).toHaveText("Ledger");
  await expect(page.getByTestId("relations-graph")).toBeVisible();
  await page.locator('[data-testid="relations-graph"] a[href="/catalog/default/group/team-payments"]').click();
  await expect(page).toHaveURL(/\/catalog\/default\/group\/team-payments$/);
  await expect(page.locator(".entity-header__facts")).toContainText("Group");
  await expect(page.getByRole("heading", { name: "Owned entities" })).toBeVisible();
  await expect(page.locator(".info-card", { hasText: "Owned entities" }).getByRole("link", { name: "Ledger" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("API pages show the definition highlighted; tabs work with the keyboard", async ({ page }) => {
  await page.goto("/catalog/default/component/payments-service");
  await hydrated(page);
  const overview = page.getByRole("tab", { name: "Overview" });
  await overview.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "APIs" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/tab=apis/);
  await expect(page.getByRole("tab", { name: "APIs" })).toHaveAttribute("aria-selected", "true");
  const provided = page.locator(".info-card", { hasText: "Provided APIs" });
  await provided.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/catalog\/default\/api\//);
  await page.getByRole("tab", { name: "Definition" }).click();
  await expect(page).toHaveURL(/tab=definition/);
  await expect(page.locator(".code-snippet__body .hl-entity").first()).toBeVisible();
});

test("star and unstar an entity; the star survives a reload", async ({ page }) => {
  await page.goto("/catalog");
  await hydrated(page);
  const star = page.locator('tr[data-entity="component:default/ledger"] button.star-toggle');
  await expect(star).toHaveAttribute("aria-pressed", "false");
  await star.click();
  await expect(star).toHaveAttribute("aria-pressed", "true");
  await page.waitForTimeout(300);
  await page.reload();
  await hydrated(page);
  await expect(page.locator('tr[data-entity="component:default/ledger"] button.star-toggle')).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("link", { name: "Starred" }).click();
  await expect(page).toHaveURL(/starred=1/);
  await expect(rows(page)).toHaveCount(1);

  // Unstar from the entity page; the starred view is empty again after a reload.
  await page.goto("/catalog/default/component/ledger");
  await hydrated(page);
  const pageStar = page.locator(".entity-header button.star-toggle");
  await expect(pageStar).toHaveAttribute("aria-pressed", "true");
  await pageStar.click();
  await expect(pageStar).toHaveAttribute("aria-pressed", "false");
  await page.waitForTimeout(300);
  await page.goto("/catalog?starred=1");
  await expect(rows(page)).toHaveCount(0);
});

function copyFixture(name: string, dir: string): string {
  const target = path.join(dir, "catalog-info.yaml");
  fs.copyFileSync(path.join(__dirname, "..", "fixtures", "import", name), target);
  return target;
}

test("import a location, see its entities, then unregister it", async ({ page }) => {
  const errors = watchConsole(page);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-import-"));
  const file = copyFixture("catalog-info.yaml", dir);

  await page.goto("/catalog-import");
  await hydrated(page);
  await page.getByRole("button", { name: "Analyze" }).click();
  await expect(page.getByText("Enter the URL or file path")).toBeVisible();

  await page.getByLabel("URL or path").fill(file);
  await page.getByRole("button", { name: "Analyze" }).click();
  const found = page.getByTestId("import-entities");
  await expect(found).toContainText("component:default/loyalty-service");
  await expect(found).toContainText("api:default/loyalty-api");
  await snap(page, "catalog-import-review");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-done")).toContainText("Added 2 entities");
  await page.getByTestId("import-entities").getByRole("link", { name: "Loyalty Service" }).click();
  await expect(page.locator(".entity-header__title")).toHaveText("Loyalty Service");

  // In the explorer too.
  await page.goto("/catalog?q=loyalty");
  await expect(rows(page)).toHaveCount(1);

  // Unregister from the entity page: the dialog names the location and both entities.
  await page.goto("/catalog/default/component/loyalty-service");
  await hydrated(page);
  await page.locator("#entity-actions-button").click();
  await page.getByRole("menuitem", { name: "Unregister entity" }).click();
  const dialog = page.locator("dialog.dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("unregister-target")).toContainText(file);
  await expect(dialog.getByTestId("unregister-entities")).toContainText("api:default/loyalty-api");
  await dialog.getByRole("button", { name: "Unregister location" }).click();
  await expect(page).toHaveURL(/\/catalog$/);
  const gone = await page.request.get("/catalog/default/component/loyalty-service");
  expect(gone.status()).toBe(404);
  expect(errors).toEqual([]);
});

test("a processing error shows on the entity after its file breaks", async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-broken-"));
  const file = copyFixture("catalog-info.yaml", dir);
  const created = await page.request.post("/api/catalog/locations", { data: { type: "file", target: file } });
  expect(created.status()).toBe(201);
  const { location } = await created.json();
  try {
    copyFixture("catalog-info-broken.yaml", dir);
    await page.goto("/catalog/default/component/loyalty-service");
    await hydrated(page);
    await expect(page.getByTestId("entity-errors")).toHaveCount(0);
    await page.locator("#entity-actions-button").click();
    await page.getByRole("menuitem", { name: "Refresh" }).click();
    const warning = page.getByTestId("entity-errors");
    await expect(warning).toContainText("spec.owner");
    // The last good version is still shown.
    await expect(page.locator(".entity-header__title")).toHaveText("Loyalty Service");
    await snap(page, "catalog-entity-error");
  } finally {
    await page.request.delete(`/api/catalog/locations/${location.id}`);
  }
});

test("the menu and the dialog work with the keyboard", async ({ page }) => {
  await page.goto("/catalog/default/component/ledger");
  await hydrated(page);
  const button = page.locator("#entity-actions-button");
  await button.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Refresh" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "View source" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.locator("#entity-actions-list")).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press("Enter");
  await page.getByRole("menuitem", { name: "Unregister entity" }).click();
  const dialog = page.locator("dialog.dialog");
  await expect(dialog.getByRole("button", { name: "Delete entity" })).toBeVisible();
  // Tab cycles inside the dialog.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("an unknown entity is a real 404 that suggests a search", async ({ page }) => {
  const response = await page.goto("/catalog/default/component/no-such-service");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("entity-not-found")).toBeVisible();
  await expect(page.getByRole("link", { name: /Search for/ })).toHaveAttribute("href", "/search?q=no-such-service");
});

for (const theme of ["light", "dark"] as const) {
  test(`catalog pages look right in the ${theme} theme`, async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto("/");
    await setTheme(page, theme);
    await page.goto("/catalog");
    await hydrated(page);
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await snap(page, `catalog-explorer-${theme}`);
    await page.goto("/catalog/default/component/checkout-service");
    await hydrated(page);
    await snap(page, `catalog-entity-${theme}`);
    await page.goto("/catalog/default/group/team-payments");
    await hydrated(page);
    await snap(page, `catalog-group-${theme}`);
    await page.goto("/catalog/default/api/payments-api?tab=definition");
    await hydrated(page);
    await snap(page, `catalog-api-definition-${theme}`);
    expect(errors).toEqual([]);
  });
}
