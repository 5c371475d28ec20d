import { expect, test } from "@playwright/test";
import { hydrated, snap, watchConsole } from "./helpers";

test.describe("server rendering", () => {
  test.use({ javaScriptEnabled: false });

  test("the shell and page content arrive before any script runs", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome to");
    await expect(page.getByTestId("portal-title")).not.toBeEmpty();
    await expect(page.getByRole("link", { name: "Catalog", exact: true })).toBeVisible();
  });
});

test("hydration makes the theme toggle work, and the choice survives a reload", async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto("/");
  await hydrated(page);
  const html = page.locator("html");
  await expect(html).not.toHaveAttribute("data-theme", /.*/);

  await page.getByTestId("theme-toggle").click();
  await expect(html).toHaveAttribute("data-theme", "dark");
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgb(13, 16, 22)");

  // The server renders the remembered theme: check the raw HTML, not the hydrated DOM.
  const response = await page.reload();
  expect(await response!.text()).toContain('data-theme="dark"');
  await hydrated(page);
  await expect(html).toHaveAttribute("data-theme", "dark");

  await page.getByTestId("theme-toggle").click();
  await expect(html).toHaveAttribute("data-theme", "light");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "light");
  expect(errors).toEqual([]);
});

test("an unknown address shows the 404 page with a way back", async ({ page }) => {
  const response = await page.goto("/there/is/nothing/here");
  expect(response!.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toContainText("Page not found");
  await expect(page.getByTestId("not-found")).toContainText("/there/is/nothing/here");
  await hydrated(page);
  await page.getByRole("link", { name: "Go to Home" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome to");
});

test("sidebar links navigate inside the page, without a full reload", async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto("/");
  await hydrated(page);
  await page.evaluate(() => ((window as any).__stillHere = true));

  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [label, path] of [
    ["Catalog", "/catalog"],
    ["Docs", "/docs"],
    ["Search", "/search"],
    ["Design system", "/design"],
    ["Home", "/"],
  ]) {
    await nav.getByRole("link", { name: label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(nav.getByRole("link", { name: label, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator("[aria-current='page']")).toHaveCount(1);
  }
  expect(await page.evaluate(() => (window as any).__stillHere)).toBe(true);
  expect(errors).toEqual([]);
});

test("at phone width the menu button opens the navigation drawer", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await hydrated(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).not.toBeInViewport();
  await page.getByTestId("menu-button").click();
  await expect(nav).toBeInViewport();
  // Let the slide-in finish before the screenshot.
  await expect.poll(async () => (await nav.boundingBox())?.x).toBe(0);
  await snap(page, "phone-menu-open");
  await nav.getByRole("link", { name: "Docs", exact: true }).click();
  await expect(page).toHaveURL(/\/docs$/);
  await expect(nav).not.toBeInViewport();
});

for (const theme of ["light", "dark"]) {
  test(`screenshots of every shell page in the ${theme} theme`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "portico-theme", value: theme, url: baseURL! }]);
    const errors = watchConsole(page);
    for (const [name, path] of [
      ["home", "/"],
      ["catalog", "/catalog"],
      ["docs", "/docs"],
      ["search", "/search"],
      ["design", "/design"],
    ]) {
      await page.goto(path);
      await hydrated(page);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      await snap(page, `${name}-${theme}`);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await hydrated(page);
    await snap(page, `home-phone-${theme}`);
    expect(errors).toEqual([]);
    // Last: Chromium logs the 404 document itself as a console error.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/no/such/page");
    await hydrated(page);
    await snap(page, `not-found-${theme}`);
  });
}
